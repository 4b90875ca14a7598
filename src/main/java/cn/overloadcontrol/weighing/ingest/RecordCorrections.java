package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.VehicleRegistry;
import cn.overloadcontrol.weighing.review.ReviewItems;
import cn.overloadcontrol.weighing.review.ScopeSql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrects weighing records (更正). The stored record never changes: each correction is a new
 * revision with the reason, the user, the corrected values and the judgement recomputed from
 * them, chained per station like the records. Corrections of one station run one at a time.
 */
@Service
public class RecordCorrections {

    static final String AUDIT_TYPE = "weighing_record";
    private static final Logger log = LoggerFactory.getLogger(RecordCorrections.class);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** The last link of a station's chain of revisions. */
    private record RevisionHead(long lastSeq, String lastHash) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CorrectionChecks checks;
    private final RecordJudge judge;
    private final StationService stations;
    private final VehicleRegistry registry;
    private final ViolationDetector violations;
    private final ReviewItems queue;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    RecordCorrections(NamedParameterJdbcTemplate jdbc, CorrectionChecks checks, RecordJudge judge,
            StationService stations, VehicleRegistry registry, ViolationDetector violations, ReviewItems queue,
            AuditLog audit, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.judge = judge;
        this.stations = stations;
        this.registry = registry;
        this.violations = violations;
        this.queue = queue;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Returns the values of the correctable fields in force, to fill the correction form. */
    public Optional<CorrectableFields> effectiveFields(long recordId, DataScope scope) {
        return find(recordId, scope).map(StoredRecord::effectiveFields);
    }

    /**
     * Returns the corrections of a record within the scope, oldest first, each with its values
     * before and after. Empty for a record never corrected or not found.
     */
    public List<RevisionEntry> history(long recordId, DataScope scope) {
        Optional<StoredRecord> record = find(recordId, scope);
        if (record.isEmpty()) {
            return List.of();
        }
        List<StoredRevision> revisions = jdbc.query("""
                select * from weighing_record_revision where record_id = :recordId order by revision_no
                """, new MapSqlParameterSource("recordId", recordId), (rs, rowNum) -> RevisionColumns.revision(rs, ""));
        List<RevisionEntry> entries = new ArrayList<>();
        CorrectableFields before = CorrectableFields.of(record.get().content());
        RecordVerdict verdictBefore = record.get().judgement().verdict();
        for (StoredRevision revision : revisions) {
            entries.add(entry(revision, before, verdictBefore));
            before = revision.fields();
            verdictBefore = revision.judgement().verdict();
        }
        return entries;
    }

    private static RevisionEntry entry(StoredRevision revision, CorrectableFields before, RecordVerdict verdictBefore) {
        Map<String, Object> oldValues = before.values();
        Map<String, Object> newValues = revision.fields().values();
        List<RevisionEntry.Change> changes = revision.changedFields().stream()
                .map(field -> new RevisionEntry.Change(field, oldValues.get(field), newValues.get(field)))
                .toList();
        return new RevisionEntry(revision.revisionNo(), revision.correctedBy(),
                revision.correctedAt().atOffset(CHINA), revision.reason(), changes, verdictBefore,
                revision.judgement().verdict());
    }

    /**
     * Stores a correction of a record within the scope and returns its revision number.
     *
     * @throws RecordNotFoundException when the record does not exist or lies outside the scope
     * @throws CorrectionRejectedException when a value breaks a rule or nothing changed; nothing is stored
     */
    public int correct(long recordId, CorrectionRequest request, DataScope scope) {
        CurrentUser user = CurrentUsers.find().orElseThrow(() -> new IllegalStateException(
                "A correction needs a logged-in user"));
        StoredRecord found = find(recordId, scope).orElseThrow(() -> new RecordNotFoundException(recordId));
        Integer revisionNo = transactions.execute(status -> {
            RevisionHead head = lockRevisionHead(found.stationId());
            // Read again under the lock: another correction may have been stored meanwhile.
            StoredRecord record = find(recordId, scope).orElseThrow(() -> new RecordNotFoundException(recordId));
            StoredRevision revision = revise(record, request, user.username(), head);
            store(revision);
            updateQueue(record, revision);
            auditCorrection(record, revision);
            return revision.revisionNo();
        });
        return Objects.requireNonNull(revisionNo);
    }

    private StoredRevision revise(StoredRecord record, CorrectionRequest request, String username, RevisionHead head) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CorrectableFields previous = record.effectiveFields();
        CorrectableFields corrected = checks.check(request, record, now);
        RecordContent content = corrected.applyTo(record.content());

        RegisteredMasses registryMasses = registryMasses(record, previous, content);
        RecordJudgement judgement = judge.judge(content, stationAtWeighing(record), registryMasses);
        Map<String, Object> before = previous.values();
        Map<String, Object> after = corrected.values();
        List<String> changed = after.keySet().stream()
                .filter(field -> !Objects.equals(after.get(field), before.get(field)))
                .toList();
        long chainSeq = head.lastSeq() + 1;
        StoredRevision revision = new StoredRevision(0, record.id(), record.stationId(), record.revisionCount() + 1,
                chainSeq, corrected, changed, CorrectionChecks.reason(request), username, now, judgement,
                RecordJudge.massSource(content, registryMasses), registryMasses, content.sha256(),
                record.recordHash(), head.lastHash(), null);
        return revision.withRevisionHash(RevisionChain.hash(head.lastHash(), revision.link()));
    }

    /**
     * Returns the registry's masses that judge the corrected record. The record's own masses win
     * as at ingestion. With the plate unchanged the masses that judged it before are kept, so a
     * later registry import does not change the verdict of an old record. A corrected plate is
     * looked up again, because the old plate's masses belong to another vehicle.
     */
    private RegisteredMasses registryMasses(StoredRecord record, CorrectableFields previous, RecordContent content) {
        if (content.registeredTotalMassKg() != null || content.registeredLoadKg() != null) {
            return null;
        }
        if (Objects.equals(content.plateNumber(), previous.plateNumber())) {
            return record.effectiveRegistryMasses();
        }
        return registry.massesOf(content.plateNumber()).orElse(null);
    }

    /** Returns the station's lanes with the unit and area that the record was weighed for. */
    private StationProfile stationAtWeighing(StoredRecord record) {
        StationProfile station = stations.profile(record.stationId()).orElseThrow(() -> new IllegalStateException(
                "Station " + record.stationId() + " of record " + record.id() + " no longer exists"));
        return new StationProfile(station.stationId(), station.code(), record.unitId(), record.areaId(),
                station.status(), station.lanes());
    }

    /**
     * Updates the officers' queue. A correction never closes or removes an item, because the
     * officer has to judge whether the correction itself is right. The record's items get the
     * revision number and the verdict after it as a note, and the officer decides them as before.
     * A correction that shows a new case (超限 and 放行, or a suspicious flag) raises its item,
     * once per record and kind as at ingestion.
     */
    private void updateQueue(StoredRecord record, StoredRevision revision) {
        RecordContent content = revision.fields().applyTo(record.content());
        violations.inspect(record.id(), stationAtWeighing(record), content, revision.judgement());
        queue.noteRevision(record.id(), revision.revisionNo(), revision.judgement().verdict().name());
    }

    private void store(StoredRevision revision) {
        jdbc.update(RevisionColumns.INSERT, RevisionColumns.params(revision));
        jdbc.update("""
                update weighing_revision_head set last_seq = :seq, last_hash = :hash, updated_at = now()
                 where station_id = :stationId
                """, new MapSqlParameterSource("seq", revision.chainSeq()).addValue("hash", revision.revisionHash())
                .addValue("stationId", revision.stationId()));
    }

    private void auditCorrection(StoredRecord record, StoredRevision revision) {
        Map<String, Object> before = record.effectiveFields().values();
        Map<String, Object> after = revision.fields().values();
        before.put("verdict", record.effectiveJudgement().verdict());
        after.put("verdict", revision.judgement().verdict());
        audit.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_TYPE, record.id(),
                record.content().plateNumber() + " " + record.content().recordNumber(),
                AuditChanges.diff(before, after))
                .withDetail("revision=" + revision.revisionNo() + " reason=" + revision.reason()));
        log.info("Record {} of station {} corrected as revision {} by {}: {} -> {}", record.id(), record.stationId(),
                revision.revisionNo(), revision.correctedBy(), revision.changedFields(),
                revision.judgement().verdict());
    }

    /**
     * Locks the station's revision head until the transaction ends, creating it for the first
     * correction, and returns its last sequence number and hash.
     */
    private RevisionHead lockRevisionHead(long stationId) {
        MapSqlParameterSource params = new MapSqlParameterSource("stationId", stationId)
                .addValue("genesis", HashChain.GENESIS);
        jdbc.update("""
                insert into weighing_revision_head (station_id, last_seq, last_hash)
                values (:stationId, 0, :genesis) on conflict (station_id) do nothing
                """, params);
        return jdbc.queryForObject("""
                select last_seq, last_hash from weighing_revision_head where station_id = :stationId for update
                """, params, (rs, rowNum) -> new RevisionHead(rs.getLong(1), rs.getString(2)));
    }

    private Optional<StoredRecord> find(long recordId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", recordId);
        return jdbc.query("select " + RevisionColumns.SELECT_WITH_LATEST + " from weighing_record r"
                + RevisionColumns.LATEST_JOIN + " where r.id = :id" + ScopeSql.condition(scope, "r.", params),
                params, StoredRecord::of).stream().findFirst();
    }
}
