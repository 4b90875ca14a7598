package cn.overloadcontrol.upstream.send;

import java.time.LocalDate;
import java.util.List;

import cn.overloadcontrol.sourceunit.DictionaryItemView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.StandInPlatform;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit and station lists reach each target when they change, and before the records that follow. */
@IntegrationTest
class RegistrySyncTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;
    @Autowired
    UploadSender sender;
    @Autowired
    SourceUnitService units;

    private long publishedUnit(long areaId) {
        long typeId = entryId(DictionaryKind.UNIT_TYPE, "COAL_MINE");
        long modeId = entryId(DictionaryKind.SUPERVISION_MODE, "ONLINE");
        return data.asOffice(() -> {
            long unitId = units.create(new UnitFields(TestData.unique("上报测试单位"), TestData.newCreditCode(), null,
                    typeId, areaId, "测试地址", null, null, null, null, null, null, null, modeId, null, "王监管", null,
                    "0356-5221234", null));
            units.publish(unitId, LocalDate.of(2026, 12, 1));
            return unitId;
        });
    }

    private long entryId(DictionaryKind kind, String code) {
        return units.dictionary(kind).stream().filter(entry -> entry.code().equals(code))
                .map(DictionaryItemView::id).findFirst().orElseThrow();
    }

    @Test
    void listsArriveBeforeLaterRecords() throws Exception {
        try (StandInPlatform platform = new StandInPlatform()) {
            long targetId = targets.insert(new TestTargets(platform.baseUrl()).settings(), null);
            try {
                long areaId = data.areas().get(0).id();
                long unitId = publishedUnit(areaId);
                long stationId = data.createStation(unitId);
                var credential = data.issue(stationId);
                TestData.StationWithKey station = new TestData.StationWithKey(unitId, areaId, stationId,
                        credential.keyId(), credential.secret());
                long recordId = RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("REG-")));
                assertThat(jdbc.queryForList("select kind from upstream_task where target_id = ? order by id",
                        String.class, targetId)).containsExactly("UNIT", "STATION", "RECORD");

                UploadTarget target = targets.find(targetId).orElseThrow();
                platform.thenStatus(503, "unit list store down");
                sender.sendTarget(target);
                assertThat(platform.requestsTo("/records")).as("records wait for the unit list").isEmpty();
                jdbc.update("update upstream_task set due_at = now() where target_id = ?", targetId);
                sender.sendTarget(target);

                List<RecordedRequest> requests = platform.requests();
                List<String> paths = requests.stream().map(request -> request.getUrl().encodedPath()).toList();
                assertThat(paths).containsExactly("/units", "/stations", "/units", "/records");
                JsonNode unitList = StandInPlatform.json(requests.get(2));
                assertThat(unitList.get("kind").asString()).isEqualTo("UNIT");
                assertThat(unitList.get("entries").findValuesAsString("unitId"))
                        .contains(String.valueOf(unitId));
                JsonNode stationList = StandInPlatform.json(requests.get(1));
                assertThat(stationList.get("entries").findValuesAsString("stationId"))
                        .contains(String.valueOf(stationId));
                assertThat(jdbc.queryForObject("""
                        select status from upstream_task where target_id = ? and record_id = ?
                        """, String.class, targetId, recordId)).isEqualTo("DELIVERED");
            } finally {
                jdbc.update("update upstream_target set enabled = false where id = ?", targetId);
            }
        }
    }

    @Test
    void pendingListPushIsNotQueuedTwice() {
        long targetId = targets.insert(new TestTargets("http://127.0.0.1:9").settings(), null);
        try {
            long areaId = data.areas().get(0).id();
            publishedUnit(areaId);
            publishedUnit(areaId);

            assertThat(jdbc.queryForObject("""
                    select count(*) from upstream_task where target_id = ? and kind = 'UNIT' and status = 'PENDING'
                    """, Integer.class, targetId)).isEqualTo(1);
        } finally {
            jdbc.update("update upstream_target set enabled = false where id = ?", targetId);
        }
    }
}
