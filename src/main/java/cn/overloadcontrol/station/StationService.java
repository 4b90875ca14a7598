package cn.overloadcontrol.station;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The station module's API for weigh stations and their lanes. */
@Service
@Transactional(readOnly = true)
public class StationService {

    static final String AUDIT_OBJECT_TYPE = "weigh_station";
    private static final Logger log = LoggerFactory.getLogger(StationService.class);
    /** Screens show times in China time, whatever the server's time zone. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final StationRepository stations;
    private final StationQueries queries;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    StationService(StationRepository stations, StationQueries queries, UnitDirectory units, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.events = events;
        this.stations = stations;
        this.queries = queries;
        this.units = units;
        this.auditLog = auditLog;
    }

    /**
     * Validates and stores a new station of a unit in the user's scope, and audits it.
     *
     * @return the new station's id
     * @throws StationValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long create(StationFields fields) {
        List<FieldProblem> problems = new ArrayList<>(StationValidator.validate(fields));
        Optional<UnitRef> unit = unitInScope(fields.unitId());
        if (fields.unitId() != null && unit.isEmpty()) {
            problems.add(FieldProblem.error("unitId", fields.unitId().toString(), "station.unit_unknown"));
        }
        checkUnique(problems, fields, null);
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }

        String code = hasText(fields.code()) ? fields.code() : nextCode(fields.unitId());
        WeighStation station = stations.save(new WeighStation(fields.unitId(), code, fields));
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, station.getId(), code,
                AuditChanges.diff(null, station.auditSnapshot())));
        log.info("Created weigh station {} ({}) of unit {}", station.getId(), code, fields.unitId());
        events.publishEvent(new StationListChanged(station.getId()));
        return station.getId();
    }

    /**
     * Replaces the fields of a station in the user's scope, and audits the change.
     *
     * @param expectedVersion the version the user edited, to refuse a change made meanwhile
     * @throws StationNotFoundException when the station is unknown or outside the user's scope
     * @throws StationValidationException with every problem found; nothing is changed
     */
    @Transactional
    public void update(long stationId, StationFields fields, long expectedVersion) {
        WeighStation station = loadInScope(stationId);
        StationFields kept = new StationFields(station.getUnitId(), fields.code(), fields.name(), fields.status(),
                fields.lanes());
        List<FieldProblem> problems = new ArrayList<>(StationValidator.validate(kept));
        if (station.getVersion() != expectedVersion) {
            problems.add(FieldProblem.error("version", Long.toString(expectedVersion),
                    "station.modified_concurrently"));
        }
        checkUnique(problems, kept, stationId);
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }

        Map<String, Object> before = station.auditSnapshot();
        station.apply(hasText(kept.code()) ? kept.code() : station.getCode(), kept);
        stations.flush();
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, stationId, station.getCode(),
                AuditChanges.diff(before, station.auditSnapshot())));
        events.publishEvent(new StationListChanged(stationId));
    }

    /**
     * Returns a station in the current user's scope.
     *
     * @throws StationNotFoundException when the station is unknown or outside the scope
     */
    public StationView view(long stationId) {
        WeighStation station = loadInScope(stationId);
        UnitRef unit = units.findById(station.getUnitId()).orElseThrow();
        return new StationView(station.getId(), unit.id(), unit.name(), unit.areaId(), station.getCode(),
                station.getName(), station.getStatus(), station.laneFields(), station.getVersion(),
                station.getCreatedAt().withOffsetSameInstant(CHINA),
                station.getUpdatedAt().withOffsetSameInstant(CHINA));
    }

    /** Searches the stations in the current user's scope. */
    public Page<StationRow> search(StationQuery query, Pageable pageable) {
        return queries.search(query, CurrentUsers.scope(), pageable);
    }

    /** Returns a station regardless of any user's scope, for the ingestion of its records. */
    public Optional<StationProfile> profile(long stationId) {
        return queries.profile(stationId);
    }

    /** Returns every station regardless of any user's scope, by id, for the uploads to the upper platforms. */
    public List<StationProfile> allProfiles() {
        return stations.findAll(Sort.by("id")).stream().flatMap(station -> units.findById(station.getUnitId())
                .map(unit -> new StationProfile(station.getId(), station.getCode(), unit.id(), unit.areaId(),
                        station.getStatus(), station.laneDirections())).stream()).toList();
    }

    /**
     * Loads a station whose unit the current user's scope permits.
     *
     * @throws StationNotFoundException otherwise
     */
    WeighStation loadInScope(long stationId) {
        DataScope scope = CurrentUsers.scope();
        return stations.findById(stationId)
                .filter(station -> units.findById(station.getUnitId())
                        .filter(unit -> scope.permits(unit.areaId(), unit.id()))
                        .isPresent())
                .orElseThrow(() -> new StationNotFoundException(stationId));
    }

    private Optional<UnitRef> unitInScope(Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        DataScope scope = CurrentUsers.scope();
        return units.findById(unitId).filter(unit -> scope.permits(unit.areaId(), unit.id()));
    }

    private void checkUnique(List<FieldProblem> problems, StationFields fields, Long stationId) {
        if (hasText(fields.code()) && (stationId == null ? stations.existsByCode(fields.code())
                : stations.existsByCodeAndIdNot(fields.code(), stationId))) {
            problems.add(FieldProblem.error("code", fields.code(), "station.code_duplicate"));
        }
        if (hasText(fields.name()) && fields.unitId() != null
                && (stationId == null ? stations.existsByUnitIdAndName(fields.unitId(), fields.name())
                        : stations.existsByUnitIdAndNameAndIdNot(fields.unitId(), fields.name(), stationId))) {
            problems.add(FieldProblem.error("name", fields.name(), "station.name_duplicate"));
        }
    }

    /** Generates S + the unit id + a sequence within the unit, for example S00042-01. */
    private String nextCode(long unitId) {
        int sequence = stations.findByUnitId(unitId).size() + 1;
        String code;
        do {
            code = "S%05d-%02d".formatted(unitId, sequence++);
        } while (stations.existsByCode(code));
        return code;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
