package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.DateRules;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitNotFoundException;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acceptance module's API: schedules acceptances and re-inspections, concludes them 合格 or
 * 不合格, and turns failed items into rectification tasks. Inspection of single items is in
 * {@link Inspections}. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AcceptanceService {

    static final String AUDIT_OBJECT_TYPE = "acceptance";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Logger log = LoggerFactory.getLogger(AcceptanceService.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final AcceptanceQueries queries;
    private final UnitDirectory units;
    private final AuditLog auditLog;

    AcceptanceService(NamedParameterJdbcTemplate jdbc, AcceptanceQueries queries, UnitDirectory units,
            AuditLog auditLog) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.units = units;
        this.auditLog = auditLog;
    }

    /**
     * Returns an acceptance in the current user's scope.
     *
     * @throws AcceptanceNotFoundException when it is unknown or outside the scope
     */
    public AcceptanceView view(long id) {
        return queries.view(id, CurrentUsers.scope()).orElseThrow(() -> new AcceptanceNotFoundException("Acceptance", id));
    }

    public Page<AcceptanceRow> search(AcceptanceStatus status, Long unitId, Pageable pageable) {
        return queries.search(status, unitId, CurrentUsers.scope(), pageable);
    }

    public List<RectificationView> rectifications(RectificationStatus status, Long unitId) {
        return queries.rectifications(status, unitId, CurrentUsers.scope());
    }

    /**
     * Schedules the first acceptance of a unit in the user's scope with the active template items.
     *
     * @throws AcceptanceValidationException when a field is invalid, the unit already has an open
     *         acceptance, is already accepted, or has open rectification tasks (those need a re-inspection)
     */
    @Transactional
    public long schedule(Long unitId, LocalDate scheduledOn, String inspectors, String notes) {
        List<FieldProblem> problems = validate(scheduledOn, inspectors, notes);
        UnitRef unit = unitInScope(unitId, problems);
        if (unit != null) {
            unitRules(unit, problems);
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
        long id = insert(unit.id(), AcceptanceKind.INITIAL, null, scheduledOn, inspectors, notes);
        jdbc.update("""
                insert into acceptance_item (acceptance_id, template_item_id, position, title, guidance, check_key,
                                             outcome)
                select :id, t.id, row_number() over (order by t.sort_order, t.id), t.title, t.guidance, t.check_key,
                       'OPEN'
                  from acceptance_checklist_item t where t.active""", Map.of("id", id));
        audit(AuditAction.CREATE, id, unit.name(), null, snapshot(scheduledOn, inspectors, notes, null));
        log.info("Scheduled acceptance {} of unit {} on {}", id, unit.id(), scheduledOn);
        return id;
    }

    /**
     * Schedules a re-inspection (复验) of a unit after a concluded acceptance: one item per open
     * rectification task of the unit, from a failed acceptance or a failed sampling result, with
     * the failed item's title and automatic check.
     *
     * @throws AcceptanceValidationException when the acceptance is not concluded, the unit has no
     *         open task or already has an open acceptance, or a field is invalid
     */
    @Transactional
    public long scheduleReinspection(long previousId, LocalDate scheduledOn, String inspectors, String notes) {
        AcceptanceView previous = view(previousId);
        List<FieldProblem> problems = validate(scheduledOn, inspectors, notes);
        List<RectificationView> open = queries.openRectifications(previous.unitId());
        if (scheduledOn != null && scheduledOn.isBefore(previous.scheduledOn())) {
            problems.add(FieldProblem.error("scheduledOn", scheduledOn.toString(),
                    "acceptance.reinspection_before_previous", previous.scheduledOn().toString()));
        }
        if (previous.open()) {
            problems.add(FieldProblem.error("previousId", Long.toString(previousId), "acceptance.not_concluded"));
        } else if (open.isEmpty()) {
            problems.add(FieldProblem.error("previousId", Long.toString(previousId),
                    "acceptance.no_open_rectification"));
        }
        if (hasScheduled(previous.unitId())) {
            problems.add(FieldProblem.error("unitId", previous.unitName(), "acceptance.already_scheduled"));
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
        long id = insert(previous.unitId(), AcceptanceKind.REINSPECTION, previousId, scheduledOn, inspectors, notes);
        int position = 1;
        for (RectificationView task : open) {
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", id)
                    .addValue("taskId", task.id()).addValue("position", position++).addValue("itemId", task.itemId())
                    .addValue("title", task.title()).addValue("guidance", task.requirement());
            if (task.itemId() != null) {
                jdbc.update("""
                        insert into acceptance_item (acceptance_id, template_item_id, rectification_id, position,
                                                     title, guidance, check_key, outcome)
                        select :id, i.template_item_id, :taskId, :position, i.title, i.guidance, i.check_key, 'OPEN'
                          from acceptance_item i where i.id = :itemId""", params);
            } else {
                // A failed sampling result has no checklist item: the inspector checks its finding by hand.
                jdbc.update("""
                        insert into acceptance_item (acceptance_id, rectification_id, position, title, guidance, outcome)
                        values (:id, :taskId, :position, :title, :guidance, 'OPEN')""", params);
            }
        }
        audit(AuditAction.CREATE, id, previous.unitName(), null, snapshot(scheduledOn, inspectors, notes, previousId));
        log.info("Scheduled re-inspection {} of unit {} for {} open rectification tasks", id, previous.unitId(),
                open.size());
        return id;
    }

    /**
     * Concludes an acceptance whose items are all decided: 合格 when every item passed, 不合格
     * otherwise. A failed first acceptance opens a rectification task per failed item with the
     * deadline. A re-inspection closes the tasks whose items passed and moves the deadline of the others.
     *
     * @param deadline required when an item failed, and later than today
     * @throws AcceptanceValidationException when an item is undecided, the deadline is missing or
     *         past, or the acceptance changed or was concluded meanwhile
     */
    @Transactional
    public AcceptanceStatus conclude(long id, LocalDate deadline, String notes, long expectedVersion) {
        AcceptanceView acceptance = view(id);
        List<FieldProblem> problems = new ArrayList<>();
        checkOpen(acceptance, expectedVersion, problems);
        long undecided = acceptance.undecidedItems();
        if (undecided > 0) {
            problems.add(FieldProblem.error("items", null, "acceptance.items_undecided",
                    undecided));
        }
        boolean failed = acceptance.failedItems() > 0;
        LocalDate today = LocalDate.now(CHINA);
        if (failed && deadline == null) {
            problems.add(FieldProblem.error("deadline", null, "acceptance.deadline_required"));
        } else if (failed && !deadline.isAfter(today)) {
            problems.add(FieldProblem.error("deadline", deadline.toString(), "acceptance.deadline_past",
                    today.toString()));
        } else if (failed) {
            DateRules.checkRange(problems, "deadline", deadline, today);
        }
        if (notes != null && notes.length() > 500) {
            problems.add(FieldProblem.error("conclusionNotes", notes, "too_long", 500));
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }

        AcceptanceStatus result = failed ? AcceptanceStatus.FAILED : AcceptanceStatus.PASSED;
        jdbc.update("""
                update acceptance set status = :status, concluded_at = now(), concluded_by = :by,
                    conclusion_notes = :notes, version = version + 1
                where id = :id""", new MapSqlParameterSource().addValue("status", result.name())
                .addValue("by", currentUserName()).addValue("notes", notes).addValue("id", id));
        if (acceptance.kind() == AcceptanceKind.INITIAL) {
            openRectifications(acceptance, deadline);
        } else {
            settleRectifications(acceptance, deadline);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", result);
        after.put("deadline", failed ? deadline : null);
        after.put("conclusionNotes", notes);
        audit(AuditAction.STATUS_CHANGE, id, acceptance.unitName(), Map.of("status", AcceptanceStatus.SCHEDULED),
                after);
        log.info("Concluded acceptance {} of unit {}: {}", id, acceptance.unitId(), result);
        return result;
    }

    private void openRectifications(AcceptanceView acceptance, LocalDate deadline) {
        for (AcceptanceItemView item : acceptance.items()) {
            if (item.outcome() == ItemOutcome.FAILED) {
                jdbc.update("""
                        insert into rectification (unit_id, acceptance_id, item_id, title, requirement, deadline, status)
                        values (:unitId, :acceptanceId, :itemId, :title, :requirement, :deadline, 'OPEN')""",
                        new MapSqlParameterSource().addValue("unitId", acceptance.unitId())
                                .addValue("acceptanceId", acceptance.id()).addValue("itemId", item.id())
                                .addValue("title", item.title()).addValue("requirement", requirement(item))
                                .addValue("deadline", deadline));
            }
        }
    }

    private void settleRectifications(AcceptanceView acceptance, LocalDate deadline) {
        for (AcceptanceItemView item : acceptance.items()) {
            if (item.rectificationId() == null) {
                continue;
            }
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("taskId", item.rectificationId())
                    .addValue("acceptanceId", acceptance.id()).addValue("deadline", deadline)
                    .addValue("requirement", requirement(item));
            if (item.outcome() == ItemOutcome.PASSED) {
                jdbc.update("""
                        update rectification set status = 'CLOSED', closed_by_acceptance_id = :acceptanceId,
                            closed_at = now()
                        where id = :taskId and status = 'OPEN'""", params);
            } else {
                jdbc.update("""
                        update rectification set deadline = :deadline, requirement = :requirement
                        where id = :taskId and status = 'OPEN'""", params);
            }
        }
    }

    private static String requirement(AcceptanceItemView item) {
        String text = item.notes() != null ? item.notes() : item.measured();
        return text != null && text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    static void checkOpen(AcceptanceView acceptance, long expectedVersion, List<FieldProblem> problems) {
        if (!acceptance.open()) {
            problems.add(FieldProblem.error("status", acceptance.status().name(), "acceptance.already_concluded"));
        } else if (acceptance.version() != expectedVersion) {
            problems.add(FieldProblem.error("version", Long.toString(expectedVersion), "stale"));
        }
    }

    private UnitRef unitInScope(Long unitId, List<FieldProblem> problems) {
        if (unitId == null) {
            problems.add(FieldProblem.error("unitId", null, "required"));
            return null;
        }
        try {
            return units.findInScope(unitId, CurrentUsers.scope());
        } catch (UnitNotFoundException e) {
            problems.add(FieldProblem.error("unitId", unitId.toString(), "acceptance.unit_unknown"));
            return null;
        }
    }

    /** Checks that the unit may get a first acceptance, because after a failure only re-inspections follow. */
    private void unitRules(UnitRef unit, List<FieldProblem> problems) {
        if (hasScheduled(unit.id())) {
            problems.add(FieldProblem.error("unitId", unit.name(), "acceptance.already_scheduled"));
            return;
        }
        Optional<String> last = jdbc.query("select status from acceptance where unit_id = :unitId"
                        + " and status <> 'SCHEDULED' order by concluded_at desc, id desc limit 1",
                Map.of("unitId", unit.id()), (rs, n) -> rs.getString("status")).stream().findFirst();
        if (last.isPresent() && last.get().equals(AcceptanceStatus.PASSED.name())) {
            problems.add(FieldProblem.error("unitId", unit.name(), "acceptance.already_accepted"));
        } else if (last.isPresent()) {
            problems.add(FieldProblem.error("unitId", unit.name(), "acceptance.needs_reinspection"));
        }
    }

    private boolean hasScheduled(long unitId) {
        Boolean exists = jdbc.queryForObject("select exists (select 1 from acceptance where unit_id = :unitId"
                + " and status = 'SCHEDULED')", Map.of("unitId", unitId), Boolean.class);
        return Boolean.TRUE.equals(exists);
    }

    private long insert(long unitId, AcceptanceKind kind, Long previousId, LocalDate scheduledOn, String inspectors,
            String notes) {
        return jdbc.queryForObject("""
                insert into acceptance (unit_id, kind, previous_id, scheduled_on, inspectors, notes, status, created_by)
                values (:unitId, :kind, :previousId, :scheduledOn, :inspectors, :notes, 'SCHEDULED', :createdBy)
                returning id""", new MapSqlParameterSource().addValue("unitId", unitId)
                .addValue("kind", kind.name()).addValue("previousId", previousId)
                .addValue("scheduledOn", scheduledOn).addValue("inspectors", inspectors).addValue("notes", notes)
                .addValue("createdBy", currentUserName()), Long.class);
    }

    // NOTE: inspectors are names as typed, not user accounts, so any user with acceptance:inspect records items.
    private static List<FieldProblem> validate(LocalDate scheduledOn, String inspectors, String notes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (scheduledOn == null) {
            problems.add(FieldProblem.error("scheduledOn", null, "required"));
        }
        DateRules.checkRange(problems, "scheduledOn", scheduledOn, LocalDate.now(CHINA));
        if (inspectors == null || inspectors.isBlank()) {
            problems.add(FieldProblem.error("inspectors", inspectors, "required"));
        } else if (inspectors.length() > 256) {
            problems.add(FieldProblem.error("inspectors", inspectors, "too_long", 256));
        }
        if (notes != null && notes.length() > 500) {
            problems.add(FieldProblem.error("notes", notes, "too_long", 500));
        }
        return problems;
    }

    private void audit(AuditAction action, long id, String label, Map<String, ?> before, Map<String, ?> after) {
        auditLog.record(AuditEntry.success(action, AUDIT_OBJECT_TYPE, id, label, AuditChanges.diff(before, after)));
    }

    private static Map<String, Object> snapshot(LocalDate scheduledOn, String inspectors, String notes,
            Long previousId) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("scheduledOn", scheduledOn);
        snapshot.put("inspectors", inspectors);
        snapshot.put("notes", notes);
        snapshot.put("previousId", previousId);
        return snapshot;
    }

    static String currentUserName() {
        return CurrentUsers.find().map(CurrentUser::displayName).orElse(null);
    }
}
