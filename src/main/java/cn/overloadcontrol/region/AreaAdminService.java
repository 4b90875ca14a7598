package cn.overloadcontrol.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The office's changes to the supervising areas: add, edit, deactivate and reactivate. Areas
 * are never deleted because units, users and records keep pointing at them. An inactive area
 * stays on old data and is no longer offered for new data.
 */
@Service
@Transactional
public class AreaAdminService {

    static final String AUDIT_OBJECT_TYPE = "area";
    static final int CODE_MAX_LENGTH = 12;
    static final int NAME_MAX_LENGTH = 64;
    static final int SORT_ORDER_MAX = 99_999;

    private static final Logger log = LoggerFactory.getLogger(AreaAdminService.class);

    private final AreaRepository areas;
    private final AuditLog auditLog;

    AreaAdminService(AreaRepository areas, AuditLog auditLog) {
        this.areas = areas;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public EditableArea findForEdit(long areaId) {
        Area area = load(areaId);
        return new EditableArea(area.toView(), area.getVersion());
    }

    /**
     * Validates and stores a new non-statutory area, and audits it.
     *
     * @return the new area's id
     * @throws AreaValidationException with every problem found; nothing is stored
     */
    public long create(AreaFields fields) {
        throwIfInvalid(problemsOf(fields, null));

        Area area = areas.save(new Area(fields.code(), fields.name(), fields.kind(), false, fields.sortOrder()));

        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, area.getId(), area.getName(),
                AuditChanges.diff(null, area.auditSnapshot())));
        log.info("Area {} {} created", area.getCode(), area.getName());
        return area.getId();
    }

    /**
     * Changes code, name, kind and sort order of an area, and audits the fields that changed.
     *
     * @param expectedVersion the version the user edited
     * @throws AreaValidationException           with every problem found; nothing is stored
     * @throws OptimisticLockingFailureException when someone saved the area after it was loaded
     */
    public void update(long areaId, long expectedVersion, AreaFields fields) {
        Area area = load(areaId);
        if (area.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Area " + areaId + " changed since version " + expectedVersion);
        }
        throwIfInvalid(problemsOf(fields, area.getId()));

        Map<String, Object> before = area.auditSnapshot();
        area.rename(fields.code(), fields.name(), fields.kind(), area.isStatutory(), fields.sortOrder());

        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, area.getId(), area.getName(),
                AuditChanges.diff(before, area.auditSnapshot())));
    }

    /** Stops offering the area for new data. Returns false when it was already inactive. */
    public boolean deactivate(long areaId) {
        return setActive(areaId, false, AuditAction.DEACTIVATE);
    }

    /** Offers the area for new data again. Returns false when it was already active. */
    public boolean activate(long areaId) {
        return setActive(areaId, true, AuditAction.ACTIVATE);
    }

    private boolean setActive(long areaId, boolean active, AuditAction action) {
        Area area = load(areaId);
        if (area.isActive() == active) {
            return false;
        }
        Map<String, Object> before = area.auditSnapshot();
        area.setActive(active);

        auditLog.record(AuditEntry.success(action, AUDIT_OBJECT_TYPE, area.getId(), area.getName(),
                AuditChanges.diff(before, area.auditSnapshot())));
        log.info("Area {} {} is now {}", area.getCode(), area.getName(), active ? "active" : "inactive");
        return true;
    }

    /** Returns every problem of the fields. {@code selfId} is the area being edited, or null when adding. */
    List<FieldProblem> problemsOf(AreaFields fields, Long selfId) {
        // NOTE: two saves of the same new code or name at the same moment both pass these checks,
        // and the unique constraint then rejects the second with a server error, not a field error.
        List<FieldProblem> problems = new ArrayList<>();
        if (checkText(problems, "code", fields.code(), CODE_MAX_LENGTH)) {
            areas.findByCode(fields.code())
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> problems.add(FieldProblem.error("code", fields.code(), "area.code_duplicate",
                            fields.code(), other.getName())));
        }
        if (checkText(problems, "name", fields.name(), NAME_MAX_LENGTH)) {
            areas.findByName(fields.name())
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> problems.add(FieldProblem.error("name", fields.name(), "area.name_duplicate",
                            fields.name())));
        }
        if (fields.kind() == null) {
            problems.add(FieldProblem.error("kind", null, "required"));
        }
        if (fields.sortOrder() == null) {
            problems.add(FieldProblem.error("sortOrder", null, "required"));
        } else if (fields.sortOrder() < 0 || fields.sortOrder() > SORT_ORDER_MAX) {
            problems.add(FieldProblem.error("sortOrder", fields.sortOrder().toString(), "number.out_of_range", "0",
                    String.valueOf(SORT_ORDER_MAX)));
        }
        return problems;
    }

    /** Adds a problem for a missing or too long value, and returns whether the value is usable. */
    private static boolean checkText(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (!StringUtils.hasText(value)) {
            problems.add(FieldProblem.error(field, value, "required"));
            return false;
        }
        if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
            return false;
        }
        return true;
    }

    private static void throwIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AreaValidationException(problems);
        }
    }

    private Area load(long areaId) {
        return areas.findById(areaId).orElseThrow(() -> new AreaNotFoundException(areaId));
    }
}
