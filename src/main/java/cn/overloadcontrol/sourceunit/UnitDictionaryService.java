package cn.overloadcontrol.sourceunit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The office's changes to the ledger dictionaries (单位类型, 监管方式): add, rename, reorder,
 * deactivate and reactivate. Entries are never deleted because units keep pointing at them; an
 * inactive entry stays on old units and is no longer offered for new ones.
 */
@Service
@Transactional
public class UnitDictionaryService {

    static final String AUDIT_OBJECT_TYPE = "unit_dictionary";
    static final int CODE_MAX_LENGTH = 32;
    static final int LABEL_MAX_LENGTH = 64;
    static final String GENERATED_CODE_PREFIX = "CUSTOM_";
    private static final int SORT_ORDER_STEP = 10;

    /** Codes are stable identifiers for imports and interfaces: upper-case letters, digits and _. */
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private static final Logger log = LoggerFactory.getLogger(UnitDictionaryService.class);

    private final UnitDictionaryRepository entries;
    private final AuditLog auditLog;

    UnitDictionaryService(UnitDictionaryRepository entries, AuditLog auditLog) {
        this.entries = entries;
        this.auditLog = auditLog;
    }

    /** Returns the entries of one dictionary in display order, inactive ones included. */
    @Transactional(readOnly = true)
    public List<DictionaryItemView> entries(DictionaryKind kind) {
        return entries.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(UnitDictionaryItem::toView).toList();
    }

    /** Returns the entries that can be chosen for new data, in display order. */
    @Transactional(readOnly = true)
    public List<DictionaryItemView> activeEntries(DictionaryKind kind) {
        return entries(kind).stream().filter(DictionaryItemView::active).toList();
    }

    @Transactional(readOnly = true)
    public DictionaryItemView find(long entryId) {
        return load(entryId).toView();
    }

    /**
     * Adds an entry at the end of its dictionary, and audits it.
     *
     * @param code  upper-case code, or blank to generate one such as {@code CUSTOM_3}
     * @param label the Chinese name shown on screens, unique within the dictionary
     * @return the new entry's id
     * @throws UnitDictionaryValidationException with every problem found; nothing is stored
     */
    public long add(DictionaryKind kind, String code, String label) {
        String normalizedCode = StringUtils.hasText(code) ? code.strip().toUpperCase(Locale.ROOT) : null;
        List<FieldProblem> problems = new ArrayList<>();
        checkLabel(problems, kind, label, null);
        if (normalizedCode != null) {
            checkCode(problems, kind, normalizedCode);
        }
        throwIfInvalid(problems);

        String finalCode = normalizedCode != null ? normalizedCode : generateCode(kind);
        UnitDictionaryItem entry = entries.save(new UnitDictionaryItem(kind, finalCode, label, nextSortOrder(kind)));

        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, entry.getId(), entry.getLabel(),
                AuditChanges.diff(null, snapshot(entry))));
        log.info("Dictionary {} entry {} {} added", kind, entry.getCode(), entry.getLabel());
        return entry.getId();
    }

    /**
     * Changes the label of an entry; the code stays, so imports and interfaces keep working.
     *
     * @throws UnitDictionaryValidationException when the label is missing, too long or taken
     */
    public void rename(long entryId, String label) {
        UnitDictionaryItem entry = load(entryId);
        List<FieldProblem> problems = new ArrayList<>();
        checkLabel(problems, entry.getKind(), label, entry.getId());
        throwIfInvalid(problems);

        Map<String, Object> before = snapshot(entry);
        entry.setLabel(label);
        recordUpdate(entry, before);
    }

    /**
     * Moves an entry one place up or down within its dictionary. Returns false when it is
     * already first (up) or last (down).
     */
    public boolean move(long entryId, boolean up) {
        UnitDictionaryItem entry = load(entryId);
        List<UnitDictionaryItem> ordered = new ArrayList<>(
                entries.findByKindOrderBySortOrderAscIdAsc(entry.getKind()));
        int position = ordered.indexOf(entry);
        int target = up ? position - 1 : position + 1;
        if (target < 0 || target >= ordered.size()) {
            return false;
        }
        ordered.set(position, ordered.get(target));
        ordered.set(target, entry);
        renumber(ordered);
        return true;
    }

    /** Stops offering the entry for new units. Returns false when it was already inactive. */
    public boolean deactivate(long entryId) {
        return setActive(entryId, false, AuditAction.DEACTIVATE);
    }

    /** Offers the entry for new units again. Returns false when it was already active. */
    public boolean activate(long entryId) {
        return setActive(entryId, true, AuditAction.ACTIVATE);
    }

    private boolean setActive(long entryId, boolean active, AuditAction action) {
        UnitDictionaryItem entry = load(entryId);
        if (entry.isActive() == active) {
            return false;
        }
        Map<String, Object> before = snapshot(entry);
        entry.setActive(active);

        auditLog.record(AuditEntry.success(action, AUDIT_OBJECT_TYPE, entry.getId(), entry.getLabel(),
                AuditChanges.diff(before, snapshot(entry))));
        log.info("Dictionary {} entry {} {} is now {}", entry.getKind(), entry.getCode(), entry.getLabel(),
                active ? "active" : "inactive");
        return true;
    }

    /**
     * Gives the entries sort orders 10, 20, 30 … in list order and audits each one that moved.
     * Renumbering the whole list also repairs equal sort orders left by older data.
     */
    private void renumber(List<UnitDictionaryItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            UnitDictionaryItem item = ordered.get(i);
            int sortOrder = (i + 1) * SORT_ORDER_STEP;
            if (item.getSortOrder() != sortOrder) {
                Map<String, Object> before = snapshot(item);
                item.setSortOrder(sortOrder);
                recordUpdate(item, before);
            }
        }
    }

    private void checkLabel(List<FieldProblem> problems, DictionaryKind kind, String label, Long selfId) {
        if (!StringUtils.hasText(label)) {
            problems.add(FieldProblem.error("label", label, "required"));
            return;
        }
        if (label.length() > LABEL_MAX_LENGTH) {
            problems.add(FieldProblem.error("label", label, "too_long", LABEL_MAX_LENGTH));
            return;
        }
        entries.findByKindAndLabel(kind, label)
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> problems.add(FieldProblem.error("label", label, "dictionary.label_duplicate",
                        label)));
    }

    private void checkCode(List<FieldProblem> problems, DictionaryKind kind, String code) {
        if (code.length() > CODE_MAX_LENGTH) {
            problems.add(FieldProblem.error("code", code, "too_long", CODE_MAX_LENGTH));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.error("code", code, "dictionary.code_invalid"));
        } else {
            entries.findByKindAndCode(kind, code)
                    .ifPresent(other -> problems.add(FieldProblem.error("code", code, "dictionary.code_duplicate",
                            code, other.getLabel())));
        }
    }

    /** Returns the first free code of the form CUSTOM_n, counting from the entries already there. */
    private String generateCode(DictionaryKind kind) {
        int number = entries.findByKindOrderBySortOrderAscIdAsc(kind).size();
        String code;
        do {
            number++;
            code = GENERATED_CODE_PREFIX + number;
        } while (entries.findByKindAndCode(kind, code).isPresent());
        return code;
    }

    private int nextSortOrder(DictionaryKind kind) {
        int max = entries.findByKindOrderBySortOrderAscIdAsc(kind).stream()
                .mapToInt(UnitDictionaryItem::getSortOrder).max().orElse(0);
        return max + SORT_ORDER_STEP;
    }

    private void recordUpdate(UnitDictionaryItem entry, Map<String, Object> before) {
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, entry.getId(), entry.getLabel(),
                AuditChanges.diff(before, snapshot(entry))));
    }

    private static Map<String, Object> snapshot(UnitDictionaryItem entry) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", entry.getKind());
        snapshot.put("code", entry.getCode());
        snapshot.put("label", entry.getLabel());
        snapshot.put("sortOrder", entry.getSortOrder());
        snapshot.put("active", entry.isActive());
        return snapshot;
    }

    private static void throwIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new UnitDictionaryValidationException(problems);
        }
    }

    private UnitDictionaryItem load(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new UnitDictionaryEntryNotFoundException(entryId));
    }
}
