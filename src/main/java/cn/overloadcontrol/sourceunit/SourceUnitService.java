package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.RegionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sourceunit module's API: the ledger of source units. */
@Service
@Transactional(readOnly = true)
public class SourceUnitService {

    static final String AUDIT_OBJECT_TYPE = "source_unit";

    private final SourceUnitRepository units;
    private final UnitDictionaryRepository dictionary;
    private final UnitStatusChangeRepository statusChanges;
    private final RegionService regions;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    SourceUnitService(SourceUnitRepository units, UnitDictionaryRepository dictionary,
            UnitStatusChangeRepository statusChanges, RegionService regions, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.events = events;
        this.units = units;
        this.dictionary = dictionary;
        this.statusChanges = statusChanges;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    /** Returns the entries of one dictionary in display order, inactive ones included. */
    public List<DictionaryItemView> dictionary(DictionaryKind kind) {
        return dictionary.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(UnitDictionaryItem::toView).toList();
    }

    /**
     * Validates and stores a new unit, and audits it.
     *
     * @return the new unit's id
     * @throws UnitValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long create(UnitFields fields) {
        List<FieldProblem> problems = problemsOf(fields);
        if (!problems.isEmpty()) {
            throw new UnitValidationException(problems);
        }
        SourceUnit unit = units.save(new SourceUnit(fields));
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(null, unit.auditSnapshot())));
        return unit.getId();
    }

    /**
     * Validates and stores new field values of a unit, and audits the fields that changed.
     *
     * @param expectedVersion the version the user edited, or {@code null} to skip the check
     * @throws UnitValidationException           with every problem found, including a published unit
     *                                           losing its supervision mode or supervisor; nothing is stored
     * @throws UnitNotFoundException             when the unit does not exist or is outside the user's scope
     * @throws UnitConcurrentlyModifiedException when someone saved the unit after the user opened it
     */
    @Transactional
    public void update(long unitId, UnitFields fields, Long expectedVersion) {
        SourceUnit unit = loadInScope(unitId);
        if (expectedVersion != null && expectedVersion != unit.getVersion()) {
            throw new UnitConcurrentlyModifiedException(unitId);
        }
        List<FieldProblem> problems = problemsOf(fields, unitId);
        if (unit.isPublished()) {
            // The public list shows these fields, so a published unit must keep them.
            UnitFieldsValidator.validateForPublishing(fields).forEach(problem -> problems.add(
                    FieldProblem.error(problem.field(), problem.value(), "published.required")));
        }
        if (!problems.isEmpty()) {
            throw new UnitValidationException(problems);
        }
        if (unit.fields().equals(fields)) {
            return;
        }

        Map<String, Object> before = unit.auditSnapshot();
        unit.apply(fields);
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(before, unit.auditSnapshot())));
        if (unit.isPublished()) {
            events.publishEvent(new PublicUnitListChanged(unit.getId()));
        }
    }

    /** Stores new field values of a unit without a version check; see {@link #update(long, UnitFields, Long)}. */
    @Transactional
    public void update(long unitId, UnitFields fields) {
        update(unitId, fields, null);
    }

    /**
     * Puts a unit on the public list (公示) as of the given date.
     *
     * @throws UnitValidationException when the supervision mode or the responsible supervisor is missing
     * @throws UnitNotFoundException   when the unit does not exist or is outside the user's scope
     */
    @Transactional
    public void publish(long unitId, LocalDate publishedOn) {
        SourceUnit unit = loadInScope(unitId);
        List<FieldProblem> problems = UnitFieldsValidator.validateForPublishing(unit.fields());
        if (!problems.isEmpty()) {
            throw new UnitValidationException(problems);
        }
        Map<String, Object> before = unit.auditSnapshot();
        unit.publish(publishedOn);
        auditLog.record(AuditEntry.success(AuditAction.PUBLISH, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(before, unit.auditSnapshot())));
        events.publishEvent(new PublicUnitListChanged(unit.getId()));
    }

    /** Takes a unit off the public list. */
    @Transactional
    public void unpublish(long unitId) {
        SourceUnit unit = loadInScope(unitId);
        Map<String, Object> before = unit.auditSnapshot();
        unit.unpublish();
        auditLog.record(AuditEntry.success(AuditAction.UNPUBLISH, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(before, unit.auditSnapshot())));
        events.publishEvent(new PublicUnitListChanged(unit.getId()));
    }

    /**
     * Moves a unit to a new status, keeping the dated history row with the reason.
     *
     * @throws IllegalStateException when the unit already has that status
     */
    @Transactional
    public void changeStatus(long unitId, UnitStatus newStatus, LocalDate effectiveDate, String reason) {
        SourceUnit unit = loadInScope(unitId);
        Map<String, Object> before = unit.auditSnapshot();
        String changedBy = CurrentUsers.find().map(user -> user.username()).orElse(null);
        statusChanges.save(unit.changeStatus(newStatus, effectiveDate, reason, changedBy));
        auditLog.record(AuditEntry.success(AuditAction.STATUS_CHANGE, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(before, unit.auditSnapshot())).withDetail(reason));
        if (unit.isPublished()) {
            events.publishEvent(new PublicUnitListChanged(unit.getId()));
        }
    }

    /**
     * Loads a unit for a change, applying the current user's data scope; outside a request
     * (scheduled jobs, demo data) every unit is in scope.
     */
    SourceUnit loadInScope(long unitId) {
        DataScope scope = CurrentUsers.find().map(user -> user.dataScope()).orElse(DataScope.ALL);
        return units.findInScope(unitId, scope)
                .orElseThrow(() -> new UnitNotFoundException(unitId));
    }

    /**
     * Returns every problem of the fields of a new unit ({@code unitId} null) or of an existing
     * one without storing anything, so a form can show them together with its own checks.
     */
    public List<FieldProblem> validate(UnitFields fields, Long unitId) {
        return problemsOf(fields, unitId);
    }

    /** Returns every blocking problem of new unit fields, against the rules and the ledger. */
    List<FieldProblem> problemsOf(UnitFields fields) {
        return problemsOf(fields, null);
    }

    /**
     * Returns every blocking problem of the fields of a new unit ({@code unitId} null) or of an
     * existing one, which may keep its own credit code. Town staff may only place a unit in one
     * of their own areas.
     */
    List<FieldProblem> problemsOf(UnitFields fields, Long unitId) {
        List<FieldProblem> problems = new ArrayList<>(UnitFieldsValidator.validate(fields));
        if (fields.areaId() != null && regions.findById(fields.areaId()).isEmpty()) {
            problems.add(FieldProblem.error("areaId", fields.areaId().toString(), "area.unknown"));
        } else if (fields.areaId() != null && !writeScope().permits(fields.areaId(), unitId)) {
            problems.add(FieldProblem.error("areaId", fields.areaId().toString(), "area.out_of_scope"));
        }
        checkDictionary(problems, "unitTypeId", fields.unitTypeId(), DictionaryKind.UNIT_TYPE, "unit_type.unknown");
        checkDictionary(problems, "supervisionModeId", fields.supervisionModeId(), DictionaryKind.SUPERVISION_MODE,
                "supervision_mode.unknown");
        if (fields.creditCode() != null && isTakenByAnotherUnit(fields.creditCode(), unitId)) {
            problems.add(FieldProblem.error("creditCode", fields.creditCode(), "credit_code.duplicate"));
        }
        return problems;
    }

    private boolean isTakenByAnotherUnit(String creditCode, Long unitId) {
        if (unitId == null) {
            return units.existsByCreditCode(creditCode);
        }
        return units.findByCreditCode(creditCode).filter(other -> !other.getId().equals(unitId)).isPresent();
    }

    /** Returns the scope for changes: the user's, or everything outside a request (demo data, jobs). */
    private static DataScope writeScope() {
        return CurrentUsers.find().map(user -> user.dataScope()).orElse(DataScope.ALL);
    }

    private void checkDictionary(List<FieldProblem> problems, String field, Long id, DictionaryKind kind,
            String code) {
        if (id == null) {
            return;
        }
        boolean known = dictionary.findById(id).filter(item -> item.getKind() == kind).isPresent();
        if (!known) {
            problems.add(FieldProblem.error(field, id.toString(), code));
        }
    }
}
