package cn.overloadcontrol.weighing.ingest;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Corrections are revisions: the stored record stays, the revision carries the reason, the user
 * and the judgement of the corrected values, and the station's chain covers the revisions too.
 * Each test uses a station of its own, so its chain holds only its own records.
 */
@IntegrationTest
class RecordCorrectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordCorrections corrections;
    @Autowired
    RecordSearch search;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ExitWithoutReweighCheck exitCheck;

    TestData.StationWithKey station;
    String plate;
    /** Five axles declared, 45,000 kg against the 5-axle limit of 43,000 kg, released: 超限 and 违法放行. */
    long recordId;

    @BeforeEach
    void storeFiveAxleRecord() throws Exception {
        station = data.stationWithKey();
        plate = Plates.unique();
        Map<String, Object> record = RecordSender.record(plate, 45_000, "RELEASE");
        record.put("axleCount", 5);
        recordId = RecordSender.send(mvc, station, record);
    }

    private int correct(CorrectionRequest request) {
        return data.asOffice(() -> corrections.correct(recordId, request, DataScope.ALL));
    }

    /** Builds a request with the record's stored values, and the axle count and reason given. */
    private CorrectionRequest axles(int axleCount, String reason) {
        return new CorrectionRequest(reason, plate, "2", null, axleCount, "ARTICULATED", false, 0, false, null, "原煤",
                "煤", "RELEASE");
    }

    private void tamper(String sql, Object... args) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, args);
        });
    }

    @Test
    void correctionStoresReasonUserAndNewJudgement() {
        int revisionNo = correct(axles(6, "侧面照片显示为六轴铰接列车"));

        assertThat(revisionNo).isEqualTo(1);
        Map<String, Object> revision = jdbc.queryForMap(
                "select * from weighing_record_revision where record_id = ?", recordId);
        assertThat(revision.get("reason")).isEqualTo("侧面照片显示为六轴铰接列车");
        assertThat(revision.get("corrected_by")).isEqualTo("test-office");
        assertThat(revision.get("axle_count")).isEqualTo(6);
        assertThat(revision.get("limit_kg")).isEqualTo(49_000);
        assertThat(revision.get("verdict")).isEqualTo("COMPLIANT");
        assertThat(jdbc.queryForObject("select array_to_string(changed_fields, ',') from weighing_record_revision"
                + " where record_id = ?", String.class, recordId)).isEqualTo("axleCount");
    }

    @Test
    void storedRecordStaysAndSearchShowsEffectiveValues() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));

        Map<String, Object> stored = jdbc.queryForMap("select axle_count, verdict from weighing_record where id = ?",
                recordId);
        assertThat(stored.get("axle_count")).isEqualTo(5);
        assertThat(stored.get("verdict")).isEqualTo("OVER_LIMIT");
        RecordDetail detail = search.find(recordId, DataScope.ALL).orElseThrow();
        assertThat(detail.axleCount()).isEqualTo(6);
        assertThat(detail.verdict()).isEqualTo(RecordVerdict.COMPLIANT);
        assertThat(detail.revisionNo()).isEqualTo(1);
        assertThat(detail.grossKg()).isEqualTo(45_000);
    }

    @Test
    void historyListsEachChangeBeforeAndAfter() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));
        correct(new CorrectionRequest("行驶证号牌与抓拍不符，按行驶证更正", Plates.unique(), "2", null, 6, "ARTICULATED",
                false, 0, false, null, "原煤", "煤", "RELEASE"));

        List<RevisionEntry> history = corrections.history(recordId, DataScope.ALL);

        assertThat(history).extracting(RevisionEntry::revisionNo).containsExactly(1, 2);
        assertThat(history.get(0).changes()).containsExactly(new RevisionEntry.Change("axleCount", 5, 6));
        assertThat(history.get(0).verdictBefore()).isEqualTo(RecordVerdict.OVER_LIMIT);
        assertThat(history.get(0).verdictAfter()).isEqualTo(RecordVerdict.COMPLIANT);
        assertThat(history.get(1).changes()).extracting(RevisionEntry.Change::field).containsExactly("plateNumber");
        assertThat(history.get(1).changes().get(0).before()).isEqualTo(plate);
    }

    @Test
    void invalidValuesRejectedWithRule() {
        CorrectionRequest request = new CorrectionRequest("短", "晋", "77", "X挂", 15, "BUS", false, 0, false,
                20_000, null, null, "LET_GO");

        CorrectionRejectedException rejected = catchThrowableOfType(CorrectionRejectedException.class,
                () -> correct(request));

        assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::value, FieldProblem::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("reason", "短", "correction.reason_too_short"),
                        org.assertj.core.groups.Tuple.tuple("axleCount", "15", "axle_count.out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("vehicleType", "BUS", "enum.invalid"),
                        org.assertj.core.groups.Tuple.tuple("semitrailerAxleSpacingMm", "20000", "number.out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("releaseDecision", "LET_GO", "enum.invalid"),
                        org.assertj.core.groups.Tuple.tuple("plateNumber", "晋", "correction.plate_invalid"),
                        org.assertj.core.groups.Tuple.tuple("trailerPlateNumber", "X挂", "correction.plate_invalid"));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void missingReasonIsRejected() {
        assertThatThrownBy(() -> correct(axles(6, "  ")))
                .isInstanceOfSatisfying(CorrectionRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "required")));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void correctionWithoutChangeIsRejected() {
        assertThatThrownBy(() -> correct(axles(5, "核对后数据无误")))
                .isInstanceOfSatisfying(CorrectionRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("correction.unchanged"));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void recordOutsideScopeIsNotFound() {
        long otherArea = data.areas().stream().filter(area -> area.id() != station.areaId()).findFirst()
                .orElseThrow().id();

        assertThatThrownBy(() -> data.asOffice(() -> corrections.correct(recordId, axles(6, "侧面照片显示为六轴"),
                DataScope.areas(java.util.Set.of(otherArea))))).isInstanceOf(RecordNotFoundException.class);
        assertThat(revisionCount()).isZero();
    }

    @Test
    void compliantCorrectionKeepsIllegalReleaseOpenWithNote() {
        assertThat(queueItems()).containsExactly(Map.of("kind", "ILLEGAL_RELEASE", "status", "OPEN"));

        correct(axles(6, "侧面照片显示为六轴铰接列车"));

        Map<String, Object> item = jdbc.queryForMap(
                "select status, record_revision_no, revised_verdict from review_item where record_id = ?", recordId);
        assertThat(item.get("status")).isEqualTo("OPEN");
        assertThat(item.get("record_revision_no")).isEqualTo(1);
        assertThat(item.get("revised_verdict")).isEqualTo("COMPLIANT");
    }

    @Test
    void overLimitCorrectionOfReleasedRecordRaisesItem() throws Exception {
        Map<String, Object> record = RecordSender.record(Plates.unique(), 45_000, "RELEASE");
        record.put("axleCount", 6);
        recordId = RecordSender.send(mvc, station, record);
        plate = (String) record.get("plateNumber");
        assertThat(queueItems()).isEmpty();

        correct(axles(5, "轴数检测器漏计一轴，按侧面照片更正为五轴"));

        assertThat(queueItems()).containsExactly(Map.of("kind", "ILLEGAL_RELEASE", "status", "OPEN"));
    }

    @Test
    void exitCheckJudgesCorrectedVerdict() throws Exception {
        Map<String, Object> record = RecordSender.record(Plates.unique(), 45_000, "HOLD");
        record.put("axleCount", 5);
        record.put("weighedAt", SampleRecords.minutesAgo(40));
        record.put("exitedAt", SampleRecords.minutesAgo(30));
        recordId = RecordSender.send(mvc, station, record);
        plate = (String) record.get("plateNumber");

        correct(new CorrectionRequest("侧面照片显示为六轴铰接列车", plate, "2", null, 6, "ARTICULATED", false, 0, false,
                null, "原煤", "煤", "HOLD"));
        exitCheck.run();

        assertThat(queueItems()).isEmpty();
    }

    @Test
    void revisionRowsCannotBeUpdatedOrDeleted() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));

        assertThatThrownBy(() -> jdbc.update("update weighing_record_revision set reason = '改过' where record_id = ?",
                recordId)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from weighing_record_revision where record_id = ?", recordId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void chainCheckCoversRevisions() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));
        correct(axles(5, "复核侧面照片后改回五轴"));

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(1);
        assertThat(report.revisionsChecked()).isEqualTo(2);
    }

    @Test
    void deletedRevisionIsReportedByChainCheck() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));
        correct(axles(5, "复核侧面照片后改回五轴"));
        tamper("delete from weighing_record_revision where record_id = ? and revision_no = 1", recordId);

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.REVISION_MISSING);
        assertThat(report.firstBreak().recordId()).isEqualTo(recordId);
        assertThat(report.firstBreak().chainSeq()).isEqualTo(2);
    }

    @Test
    void deletedNewestRevisionIsMissingTail() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));
        tamper("delete from weighing_record_revision where record_id = ?", recordId);

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.REVISION_TAIL_MISSING);
        assertThat(report.firstBreak().chainSeq()).isEqualTo(1);
    }

    @Test
    void editedRevisionIsReportedByChainCheck() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));
        tamper("update weighing_record_revision set axle_count = 7 where record_id = ?", recordId);

        assertThat(verifier.check(station.stationId()).firstBreak().kind())
                .isEqualTo(ChainCheckReport.Kind.REVISION_CHANGED);

        tamper("update weighing_record_revision set axle_count = 6, reason = '另一个理由说明' where record_id = ?",
                recordId);

        assertThat(verifier.check(station.stationId()).firstBreak().kind())
                .isEqualTo(ChainCheckReport.Kind.REVISION_HASH_MISMATCH);
    }

    @Test
    void correctionIsAudited() {
        correct(axles(6, "侧面照片显示为六轴铰接列车"));

        Map<String, Object> entry = jdbc.queryForMap("""
                select action, detail from audit_log where object_type = 'weighing_record' and object_id = ?
                 order by id desc limit 1
                """, String.valueOf(recordId));
        assertThat(entry.get("action")).isEqualTo("UPDATE");
        assertThat((String) entry.get("detail")).contains("revision=1").contains("侧面照片显示为六轴铰接列车");
    }

    private int revisionCount() {
        Integer count = jdbc.queryForObject("select count(*) from weighing_record_revision where record_id = ?",
                Integer.class, recordId);
        return count == null ? 0 : count;
    }

    private List<Map<String, Object>> queueItems() {
        return jdbc.queryForList("select kind, status from review_item where record_id = ? order by id", recordId);
    }
}
