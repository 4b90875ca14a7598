package cn.overloadcontrol.acceptance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable acceptance checklist template. New acceptances copy its active items, so an edit
 * applies to acceptances scheduled afterwards and never changes a past one.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistTemplate {

    static final String AUDIT_OBJECT_TYPE = "acceptance_checklist_item";
    static final int MAX_SORT_ORDER = 9999;

    private final NamedParameterJdbcTemplate jdbc;
    private final Inspections inspections;
    private final AuditLog auditLog;
    private final MessageSource messages;

    ChecklistTemplate(NamedParameterJdbcTemplate jdbc, Inspections inspections, AuditLog auditLog,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** Returns every template item, active or not, in checklist order. */
    public List<ChecklistItemView> items() {
        return jdbc.query("select * from acceptance_checklist_item order by sort_order, id", Map.of(),
                (rs, n) -> new ChecklistItemView(rs.getLong("id"), rs.getString("title"), rs.getString("guidance"),
                        rs.getString("check_key"), rs.getInt("sort_order"), rs.getBoolean("active"),
                        rs.getLong("version")));
    }

    public ChecklistItemView item(long id) {
        return items().stream().filter(item -> item.id() == id).findFirst()
                .orElseThrow(() -> new AcceptanceNotFoundException("Checklist item", id));
    }

    /**
     * Adds an item to the template, and audits it.
     *
     * @throws AcceptanceValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long add(ChecklistItemFields fields) {
        check(fields, null, 0);
        Long id = jdbc.queryForObject("""
                insert into acceptance_checklist_item (title, guidance, check_key, sort_order, active)
                values (:title, :guidance, :checkKey, :sortOrder, :active) returning id""", parameters(fields),
                Long.class);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, id, fields.title(),
                AuditChanges.diff(null, snapshot(fields))));
        return id;
    }

    /**
     * Replaces the fields of a template item, and audits the change.
     *
     * @throws AcceptanceValidationException with every problem found; nothing is changed
     */
    @Transactional
    public void update(long id, ChecklistItemFields fields, long expectedVersion) {
        ChecklistItemView before = item(id);
        check(fields, before, expectedVersion);
        jdbc.update("""
                update acceptance_checklist_item set title = :title, guidance = :guidance, check_key = :checkKey,
                    sort_order = :sortOrder, active = :active, updated_at = now(), version = version + 1
                where id = :id""", parameters(fields).addValue("id", id));
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, id, fields.title(),
                AuditChanges.diff(snapshot(before.fields()), snapshot(fields))));
    }

    private void check(ChecklistItemFields fields, ChecklistItemView before, long expectedVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.title() == null || fields.title().isBlank()) {
            problems.add(FieldProblem.error("title", fields.title(), "required"));
        } else if (fields.title().length() > 128) {
            problems.add(FieldProblem.error("title", fields.title(), "too_long", 128));
        }
        if (fields.guidance() != null && fields.guidance().length() > 500) {
            problems.add(FieldProblem.error("guidance", fields.guidance(), "too_long", 500));
        }
        if (fields.checkKey() != null && !inspections.checkKeys().contains(fields.checkKey())) {
            problems.add(FieldProblem.error("checkKey", fields.checkKey(), "checklist.check_unknown",
                    String.join("、", inspections.checkKeys().stream().map(key -> messages.getMessage(
                            "checklist.check." + key, null, key, Locale.SIMPLIFIED_CHINESE)).toList())));
        }
        if (fields.sortOrder() == null) {
            problems.add(FieldProblem.error("sortOrder", null, "required"));
        } else if (fields.sortOrder() < 0 || fields.sortOrder() > MAX_SORT_ORDER) {
            problems.add(FieldProblem.error("sortOrder", fields.sortOrder().toString(), "number.out_of_range", 0,
                    MAX_SORT_ORDER));
        }
        if (fields.active()) {
            duplicates(fields, before == null ? null : before.id(), problems);
        }
        if (before != null && before.version() != expectedVersion) {
            problems.add(FieldProblem.error("version", Long.toString(expectedVersion), "stale"));
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
    }

    /** Rejects a title or an automatic check that another active item already has. */
    private void duplicates(ChecklistItemFields fields, Long id, List<FieldProblem> problems) {
        for (ChecklistItemView other : items()) {
            if (!other.active() || (id != null && other.id() == id)) {
                continue;
            }
            if (fields.title() != null && fields.title().equals(other.title())) {
                problems.add(FieldProblem.error("title", fields.title(), "checklist.title_duplicate"));
            }
            if (fields.checkKey() != null && fields.checkKey().equals(other.checkKey())) {
                problems.add(FieldProblem.error("checkKey", fields.checkKey(), "checklist.check_duplicate",
                        other.title()));
            }
        }
    }

    private static MapSqlParameterSource parameters(ChecklistItemFields fields) {
        return new MapSqlParameterSource().addValue("title", fields.title()).addValue("guidance", fields.guidance())
                .addValue("checkKey", fields.checkKey()).addValue("sortOrder", fields.sortOrder())
                .addValue("active", fields.active());
    }

    private static Map<String, Object> snapshot(ChecklistItemFields fields) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", fields.title());
        snapshot.put("guidance", fields.guidance());
        snapshot.put("checkKey", fields.checkKey());
        snapshot.put("sortOrder", fields.sortOrder());
        snapshot.put("active", fields.active());
        return snapshot;
    }
}
