package cn.overloadcontrol.report;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The progress board on prepared units in an area of the test's own. In that area: a unit that
 * reached every milestone, one published and trained, one with nothing, one with an incomplete
 * station and a failed re-acceptance, and one suspended unit that is out of scope.
 */
@IntegrationTest
class ProgressBoardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressBoard board;
    @Autowired
    PlatformTransactionManager transactions;

    long areaId;
    String areaName;
    long complete;
    long trainedOnly;
    long nothing;
    long incomplete;
    long suspended;

    @BeforeEach
    void prepareUnits() throws Exception {
        areaName = TestData.unique("进度镇");
        areaId = jdbc.queryForObject("insert into area (code, name, kind, statutory, sort_order)"
                + " values (?, ?, 'OTHER', false, 900) returning id", Long.class, TestData.unique("P"), areaName);
        complete = data.createUnit(areaId);
        trainedOnly = data.createUnit(areaId);
        nothing = data.createUnit(areaId);
        incomplete = data.createUnit(areaId);
        suspended = data.createUnit(areaId);

        publish(complete, trainedOnly, incomplete, suspended);
        train(complete, trainedOnly, incomplete, suspended);
        long station = station(complete, "TRUCK_SCALE", "INDICATOR", "PLATE_CAMERA", "LED_BOARD");
        station(incomplete, "TRUCK_SCALE", "INDICATOR", "CAMERA");
        station(suspended, "TRUCK_SCALE", "INDICATOR", "CAMERA", "LED_BOARD");
        conclude(complete, "PASSED", "2026-10-10 10:00:00+08");
        conclude(incomplete, "PASSED", "2026-10-10 10:00:00+08");
        conclude(incomplete, "FAILED", "2026-10-20 10:00:00+08");
        sendRecord(complete, station);
        jdbc.update("update source_unit set status = 'SUSPENDED' where id = ?", suspended);
    }

    @Test
    void areaRowCountsMilestones() {
        AreaProgress row = areaRow(board.board(DataScope.ALL, board.today()));

        assertThat(row.units()).isEqualTo(4);
        assertThat(row.count(Milestone.PUBLISHED)).isEqualTo(3);
        assertThat(row.count(Milestone.TRAINED)).isEqualTo(3);
        assertThat(row.count(Milestone.INSTALLED)).isEqualTo(1);
        assertThat(row.count(Milestone.ACCEPTED)).isEqualTo(1);
        assertThat(row.count(Milestone.CONNECTED)).isEqualTo(1);
        assertThat(row.percent(Milestone.PUBLISHED)).isEqualTo(75);
        assertThat(row.percent(Milestone.INSTALLED)).isEqualTo(25);
    }

    @Test
    void sampledCountsPassedUnitsOfActiveDraws() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            // An active draw of the test's own, rolled back so other tests keep their draws.
            jdbc.update("update sampling_draw set status = 'SUPERSEDED' where level = 'PROVINCE' and status = 'ACTIVE'");
            long drawId = jdbc.queryForObject("""
                    insert into sampling_draw (level, rate_percent, stratify_by, method, seed, input, input_size,
                                               input_sha256, sample_size, status)
                    values ('PROVINCE', 5, 'NONE', 'test', 'seed', '[]', 0, repeat('0', 64), 2, 'ACTIVE') returning id
                    """, Long.class);
            drawUnit(drawId, complete, "PASSED");
            drawUnit(drawId, trainedOnly, "PENDING");

            LocalDate day = board.today();
            AreaProgress row = areaRow(board.board(DataScope.ALL, day));
            List<OverdueUnit> overdue = board.overdue(DataScope.ALL, areaId, LocalDate.of(2026, 12, 1));
            status.setRollbackOnly();

            assertThat(row.drawn()).isEqualTo(2);
            assertThat(row.count(Milestone.SAMPLED)).isEqualTo(1);
            assertThat(row.percent(Milestone.SAMPLED)).isEqualTo(50);
            assertThat(missedOf(overdue, trainedOnly)).contains(Milestone.SAMPLED);
            assertThat(missedOf(overdue, nothing)).doesNotContain(Milestone.SAMPLED);
        });
    }

    @Test
    void noUnitOverdueOnDeadlineDay() {
        assertThat(board.overdueMilestones(LocalDate.of(2026, 5, 31))).isEmpty();
        assertThat(board.overdue(DataScope.ALL, areaId, LocalDate.of(2026, 5, 31))).isEmpty();
    }

    @Test
    void overdueGrowsWithPassedDeadlines() {
        List<OverdueUnit> june = board.overdue(DataScope.ALL, areaId, LocalDate.of(2026, 6, 1));
        List<OverdueUnit> october = board.overdue(DataScope.ALL, areaId, LocalDate.of(2026, 10, 1));
        List<OverdueUnit> january = board.overdue(DataScope.ALL, areaId, LocalDate.of(2027, 1, 1));

        assertThat(unitIds(june)).containsExactly(nothing);
        assertThat(missedOf(june, nothing)).containsExactly(Milestone.PUBLISHED);
        assertThat(unitIds(october)).containsExactlyInAnyOrder(trainedOnly, nothing, incomplete);
        assertThat(missedOf(october, nothing))
                .containsExactly(Milestone.PUBLISHED, Milestone.TRAINED, Milestone.INSTALLED);
        assertThat(missedOf(january, complete)).containsExactly(Milestone.CONNECTED);
        assertThat(missedOf(january, incomplete))
                .containsExactly(Milestone.INSTALLED, Milestone.ACCEPTED, Milestone.CONNECTED);
        assertThat(unitIds(january)).doesNotContain(suspended);
    }

    @Test
    void townStaffSeeOnlyTheirAreas() throws Exception {
        ProgressBoardView own = board.board(DataScope.areas(Set.of(areaId)), board.today());
        ProgressBoardView other = board.board(DataScope.areas(Set.of(otherArea())), board.today());

        assertThat(own.areas()).extracting(AreaProgress::areaId).containsExactly(areaId);
        assertThat(own.total().units()).isEqualTo(4);
        assertThat(other.areas()).extracting(AreaProgress::areaId).doesNotContain(areaId);
        assertThat(board.overdue(DataScope.areas(Set.of(otherArea())), areaId, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void pageShowsScopedBoard() throws Exception {
        ProgressBoardView shown = (ProgressBoardView) mvc.perform(get("/reports/progress")
                        .with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andExpect(view().name("report/progress"))
                .andExpect(model().attributeExists("overdue", "overdueMilestones"))
                .andReturn().getModelAndView().getModel().get("board");

        assertThat(shown.areas()).extracting(AreaProgress::areaName).containsExactly(areaName);
    }

    @Test
    void unknownOrForeignAreaIsNotFound() throws Exception {
        mvc.perform(get("/reports/progress").param("areaId", "999999").with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/progress/overdue.xlsx").param("areaId", "-1").with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/progress").param("areaId", Long.toString(areaId))
                        .with(TestPrincipal.town(otherArea())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/progress").param("areaId", Long.toString(areaId)).with(TestPrincipal.office()))
                .andExpect(status().isOk());
    }

    @Test
    void milestoneWithNothingDueShowsDash() throws Exception {
        AreaProgress row = areaRow(board.board(DataScope.ALL, board.today()));
        assertThat(row.due(Milestone.SAMPLED)).isFalse();
        assertThat(row.due(Milestone.PUBLISHED)).isTrue();

        String page = mvc.perform(get("/reports/progress").with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("没有应完成这一事项的单位");
        assertThat(page).doesNotContain("0 / 0");
    }

    @Test
    void enterpriseUsersHaveNoBoard() throws Exception {
        mvc.perform(get("/reports/progress").with(TestPrincipal.enterprise(complete)))
                .andExpect(status().isForbidden());
    }

    @Test
    void boardExportHasAreaRow() throws Exception {
        byte[] content = mvc.perform(get("/reports/progress.xlsx").with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = rowsOf(content);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).isEqualTo(areaName);
        assertThat(rows.get(1).get(1)).isEqualTo("4");
        assertThat(rows.get(1).get(3)).isEqualTo("3");
        assertThat(rows.get(2).get(0)).isEqualTo("合计");
        assertThat(rows.get(1).get(12)).as("percentage of 已抽检, due for no unit").isEqualTo("—");
    }

    @Test
    void overdueExportListsUnits() throws Exception {
        byte[] content = mvc.perform(get("/reports/progress/overdue.xlsx").param("areaId", String.valueOf(areaId))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = rowsOf(content);
        String nothingName = jdbc.queryForObject("select name from source_unit where id = ?", String.class, nothing);
        assertThat(rows.get(0)).startsWith("乡镇(街道)", "单位名称", "统一社会信用代码", "已公示");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo(nothingName);
            assertThat(row.get(3)).isEqualTo("逾期");
        });
    }

    private AreaProgress areaRow(ProgressBoardView view) {
        return view.areas().stream().filter(row -> row.areaId() == areaId).findFirst().orElseThrow();
    }

    private long otherArea() {
        return data.areas().stream().filter(area -> area.id() != areaId).findFirst().orElseThrow().id();
    }

    private static List<Long> unitIds(List<OverdueUnit> units) {
        return units.stream().map(OverdueUnit::unitId).toList();
    }

    private static List<Milestone> missedOf(List<OverdueUnit> units, long unitId) {
        return units.stream().filter(unit -> unit.unitId() == unitId).findFirst()
                .map(OverdueUnit::missed).orElse(List.of());
    }

    private void publish(long... unitIds) {
        for (long unitId : unitIds) {
            jdbc.update("update source_unit set published = true, published_on = date '2026-05-20' where id = ?", unitId);
        }
    }

    private void train(long... unitIds) {
        long sessionId = jdbc.queryForObject("insert into training_session (held_on, topic, organizer, place)"
                + " values (date '2026-06-10', ?, '治超办', '会议室') returning id", Long.class, TestData.unique("培训"));
        for (long unitId : unitIds) {
            jdbc.update("insert into training_unit_attendance (session_id, unit_id, attendee_names, attendee_count)"
                    + " values (?, ?, '张三', 1)", sessionId, unitId);
        }
    }

    private long station(long unitId, String... kinds) {
        long stationId = data.createStation(unitId);
        for (String kind : kinds) {
            jdbc.update("insert into station_device (station_id, kind) values (?, ?)", stationId, kind);
        }
        return stationId;
    }

    private void conclude(long unitId, String status, String concludedAt) {
        jdbc.update("insert into acceptance (unit_id, kind, scheduled_on, inspectors, status, concluded_at)"
                + " values (?, 'INITIAL', date '2026-10-01', '李四', ?, ?::timestamptz)", unitId, status, concludedAt);
    }

    private void sendRecord(long unitId, long stationId) throws Exception {
        var credential = data.issue(stationId);
        var station = new TestData.StationWithKey(unitId, areaId, stationId, credential.keyId(), credential.secret());
        RecordSender.send(mvc, station, RecordSender.record(Plates.unique(), 30_000, "RELEASE"));
    }

    private void drawUnit(long drawId, long unitId, String outcome) {
        jdbc.update("insert into sampling_unit (draw_id, unit_id, stratum, rank_key, outcome)"
                + " values (?, ?, ?, repeat('0', 64), ?)", drawId, unitId, areaName, outcome);
    }

    private static List<List<String>> rowsOf(byte[] content) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
