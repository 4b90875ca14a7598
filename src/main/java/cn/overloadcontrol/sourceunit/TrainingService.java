package cn.overloadcontrol.sourceunit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training records (培训): sessions and who attended them, units of the ledger and
 * departments outside it. Reads apply the current user's data scope; attendance changes are
 * audited as changes of their session.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

    static final String AUDIT_OBJECT_TYPE = "training_session";

    /** Session dates are calendar days in China, whatever zone the server runs in. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(TrainingService.class);

    private final TrainingSessionRepository sessions;
    private final TrainingUnitAttendanceRepository unitAttendance;
    private final TrainingDepartmentAttendanceRepository departmentAttendance;
    private final SourceUnitRepository units;
    private final TrainingQueries queries;
    private final AuditLog auditLog;

    TrainingService(TrainingSessionRepository sessions, TrainingUnitAttendanceRepository unitAttendance,
            TrainingDepartmentAttendanceRepository departmentAttendance, SourceUnitRepository units,
            TrainingQueries queries, AuditLog auditLog) {
        this.sessions = sessions;
        this.unitAttendance = unitAttendance;
        this.departmentAttendance = departmentAttendance;
        this.units = units;
        this.queries = queries;
        this.auditLog = auditLog;
    }

    /** Returns the sessions the current user may see, newest first. */
    public Page<TrainingSessionSummary> sessions(TrainingQuery query, Pageable pageable) {
        return queries.sessions(query, CurrentUsers.scope(), pageable);
    }

    /**
     * Returns a session with the attendance the current user may see.
     *
     * @throws TrainingNotFoundException when the session does not exist or is outside the scope
     */
    public TrainingSessionDetail detail(long sessionId) {
        DataScope scope = CurrentUsers.scope();
        TrainingSession session = loadVisible(sessionId, scope);
        return new TrainingSessionDetail(session.toView(), queries.unitAttendance(sessionId, scope),
                queries.departmentAttendance(sessionId, scope), TrainingQueries.departmentsVisible(scope));
    }

    /** Returns the units that can still be added to a session, within the current user's scope. */
    public List<TrainingUnitChoice> unitChoices(long sessionId) {
        DataScope scope = CurrentUsers.scope();
        loadVisible(sessionId, scope);
        return queries.unitChoices(sessionId, scope);
    }

    /** Returns the published units in scope that attended no session, optionally of one area. */
    public TrainingCoverage coverage(Long areaId) {
        return queries.coverage(CurrentUsers.scope(), areaId);
    }

    /**
     * Validates and stores a new session, and audits it.
     *
     * @return the new session's id
     * @throws TrainingValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long createSession(TrainingSessionFields fields) {
        throwIfInvalid(TrainingFieldsValidator.validate(fields, today(Clock.systemUTC())));

        TrainingSession session = sessions.save(new TrainingSession(fields));

        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, session.getId(),
                session.getTopic(), AuditChanges.diff(null, session.auditSnapshot())));
        log.info("Training session {} created: {}", session.getId(), session.getTopic());
        return session.getId();
    }

    /**
     * Changes the date, topic, organizer, place and notes of a session.
     *
     * @param expectedVersion the version the user edited
     * @throws TrainingValidationException       with every problem found; nothing is stored
     * @throws OptimisticLockingFailureException when someone saved the session after it was loaded
     */
    @Transactional
    public void updateSession(long sessionId, long expectedVersion, TrainingSessionFields fields) {
        TrainingSession session = loadForChange(sessionId);
        if (session.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "Training session " + sessionId + " changed since version " + expectedVersion);
        }
        throwIfInvalid(TrainingFieldsValidator.validate(fields, today(Clock.systemUTC())));

        Map<String, Object> before = session.auditSnapshot();
        session.apply(fields);

        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, session.getId(),
                session.getTopic(), AuditChanges.diff(before, session.auditSnapshot())));
    }

    /**
     * Records that a unit of the ledger attended a session.
     *
     * @return the new attendance row's id
     * @throws TrainingValidationException when the unit is unknown or already listed, or the names
     *                                     or count are invalid
     */
    @Transactional
    public long addUnitAttendance(long sessionId, TrainingUnitAttendanceFields fields) {
        TrainingSession session = loadForChange(sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        SourceUnit unit = null;
        if (fields.unitId() == null) {
            problems.add(FieldProblem.error("unitId", null, "required"));
        } else {
            unit = findUnitInScope(fields.unitId());
            if (unit == null) {
                problems.add(FieldProblem.error("unitId", fields.unitId().toString(), "training.unit_unknown"));
            } else if (unitAttendance.existsBySessionIdAndUnitId(sessionId, unit.getId())) {
                problems.add(FieldProblem.error("unitId", unit.getName(), "training.unit_duplicate", unit.getName()));
            }
        }
        Integer count = TrainingFieldsValidator.checkAttendees(problems, fields.attendeeNames(),
                fields.attendeeCount());
        throwIfInvalid(problems);

        String names = TrainingAttendees.parse(fields.attendeeNames()).joined();
        TrainingUnitAttendance row = unitAttendance.save(
                new TrainingUnitAttendance(sessionId, unit.getId(), names, count));

        recordAttendanceChange(session, unitKey(unit), null, attendeeText(names, count));
        return row.getId();
    }

    /**
     * Records that a department outside the ledger attended a session.
     *
     * @return the new attendance row's id
     * @throws TrainingValidationException when the department is missing or already listed, or the
     *                                     names or count are invalid
     */
    @Transactional
    public long addDepartmentAttendance(long sessionId, TrainingDepartmentAttendanceFields fields) {
        TrainingSession session = loadForChange(sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        TrainingFieldsValidator.required(problems, "department", fields.department(),
                TrainingFieldsValidator.TEXT_MAX_LENGTH);
        if (problems.isEmpty() && departmentAttendance.existsBySessionIdAndDepartment(sessionId, fields.department())) {
            problems.add(FieldProblem.error("department", fields.department(), "training.department_duplicate",
                    fields.department()));
        }
        Integer count = TrainingFieldsValidator.checkAttendees(problems, fields.attendeeNames(),
                fields.attendeeCount());
        throwIfInvalid(problems);

        String names = TrainingAttendees.parse(fields.attendeeNames()).joined();
        TrainingDepartmentAttendance row = departmentAttendance.save(
                new TrainingDepartmentAttendance(sessionId, fields.department(), names, count));

        recordAttendanceChange(session, departmentKey(fields.department()), null, attendeeText(names, count));
        return row.getId();
    }

    /**
     * Removes a unit's row from a session's attendance.
     *
     * @throws TrainingNotFoundException when the row is not in that session or its unit is outside
     *                                   the scope
     */
    @Transactional
    public void removeUnitAttendance(long sessionId, long attendanceId) {
        TrainingSession session = loadForChange(sessionId);
        TrainingUnitAttendance row = unitAttendance.findByIdAndSessionId(attendanceId, sessionId)
                .orElseThrow(() -> new TrainingNotFoundException("attendance", attendanceId));
        SourceUnit unit = findUnitInScope(row.getUnitId());
        if (unit == null) {
            throw new TrainingNotFoundException("attendance", attendanceId);
        }
        unitAttendance.delete(row);

        recordAttendanceChange(session, unitKey(unit), attendeeText(row.getAttendeeNames(), row.getAttendeeCount()),
                null);
    }

    /**
     * Removes a department's row from a session's attendance.
     *
     * @throws TrainingNotFoundException when the row is not in that session
     */
    @Transactional
    public void removeDepartmentAttendance(long sessionId, long attendanceId) {
        TrainingSession session = loadForChange(sessionId);
        TrainingDepartmentAttendance row = departmentAttendance.findByIdAndSessionId(attendanceId, sessionId)
                .orElseThrow(() -> new TrainingNotFoundException("attendance", attendanceId));
        departmentAttendance.delete(row);

        recordAttendanceChange(session, departmentKey(row.getDepartment()),
                attendeeText(row.getAttendeeNames(), row.getAttendeeCount()), null);
    }

    /**
     * Audits an attendance change as an UPDATE of the session with the row as one changed field
     * ({@code null} before for an added row, {@code null} after for a removed one), so the
     * session's audit history lists everything that happened to it.
     */
    private void recordAttendanceChange(TrainingSession session, String key, String before, String after) {
        Map<String, Object> beforeMap = before == null ? null : Map.of(key, before);
        Map<String, Object> afterMap = after == null ? null : Map.of(key, after);
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, session.getId(), session.getTopic(),
                AuditChanges.diff(beforeMap, afterMap)));
    }

    private static String unitKey(SourceUnit unit) {
        return "attendance.unit:" + unit.getCreditCode() + " " + unit.getName();
    }

    private static String departmentKey(String department) {
        return "attendance.department:" + department;
    }

    private static String attendeeText(String names, int count) {
        return names + " (" + count + ")";
    }

    private TrainingSession loadVisible(long sessionId, DataScope scope) {
        if (!queries.sessionVisible(sessionId, scope)) {
            throw new TrainingNotFoundException("session", sessionId);
        }
        return sessions.findById(sessionId).orElseThrow(() -> new TrainingNotFoundException("session", sessionId));
    }

    private TrainingSession loadForChange(long sessionId) {
        return loadVisible(sessionId, changeScope());
    }

    /**
     * Returns the unit when it is in the scope of the change, else {@code null}. Only units are
     * scoped here. Every role that may change training has the full scope today, and the check
     * keeps a future narrower role inside its areas.
     */
    private SourceUnit findUnitInScope(long unitId) {
        DataScope scope = changeScope();
        return units.findById(unitId).filter(unit -> scope.permits(unit.getAreaId(), unit.getId())).orElse(null);
    }

    /** Outside a request (demo data, jobs) every row is in scope, as in {@link SourceUnitService}. */
    private static DataScope changeScope() {
        return CurrentUsers.find().map(CurrentUser::dataScope).orElse(DataScope.ALL);
    }

    private static void throwIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new TrainingValidationException(problems);
        }
    }

    /** Today's date in China, the day the one-year-ahead limit counts from. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
