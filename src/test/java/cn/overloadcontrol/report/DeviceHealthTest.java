package cn.overloadcontrol.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.station.DeviceOnlineRates;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Device health alerts and online rates from heartbeats prepared at fixed moments, in an area of the test's own. */
@IntegrationTest
class DeviceHealthTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 10:00 in China, the day after {@link #FULL_DAY}. */
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LocalDate FULL_DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeviceHealth health;
    @Autowired
    DeviceOnlineRates onlineRates;

    long areaId;
    String areaName;
    DataScope scope;

    @BeforeEach
    void prepareArea() {
        areaName = TestData.unique("状态镇");
        areaId = jdbc.queryForObject("insert into area (code, name, kind, statutory, sort_order)"
                + " values (?, ?, 'OTHER', false, 901) returning id", Long.class, TestData.unique("H"), areaName);
        scope = DataScope.areas(Set.of(areaId));
    }

    @Test
    void stationOfflineAfterTenMinutes() {
        long silentLong = station();
        long silentShort = station();
        long neverSeen = station();
        heartbeat(silentLong, NOW.minus(Duration.ofMinutes(11)), "ONLINE", null);
        heartbeat(silentShort, NOW.minus(Duration.ofMinutes(9)), "ONLINE", null);

        List<HealthAlert> alerts = stationAlerts(health.alerts(scope, NOW));

        assertThat(alerts).extracting(HealthAlert::stationId).containsExactlyInAnyOrder(silentLong, neverSeen);
        assertThat(alerts).allSatisfy(alert -> assertThat(alert.kind()).isEqualTo(HealthAlert.Kind.STATION_OFFLINE));
        assertThat(alertOf(alerts, silentLong).since()).isEqualTo(NOW.minus(Duration.ofMinutes(11)));
        assertThat(alertOf(alerts, neverSeen).since()).isNull();
    }

    @Test
    void indicatorOfflineWhileStationOnline() {
        long unplugged = station();
        long healthy = station();
        heartbeat(unplugged, NOW.minusSeconds(20), "OFFLINE", "串口无数据");
        heartbeat(healthy, NOW.minusSeconds(20), "ONLINE", null);

        List<HealthAlert> alerts = stationAlerts(health.alerts(scope, NOW));

        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).kind()).isEqualTo(HealthAlert.Kind.INDICATOR_OFFLINE);
        assertThat(alerts.get(0).stationId()).isEqualTo(unplugged);
        assertThat(alerts.get(0).detail()).isEqualTo("串口无数据");
    }

    @Test
    void cameraAndBoardOfflineAlerts() {
        long stationId = station();
        heartbeat(stationId, NOW.minusSeconds(20), "ONLINE", null);
        device(stationId, "CAMERA", "front", "ONLINE", null);
        device(stationId, "CAMERA", "side", "OFFLINE", "连接超时（5 秒）");
        device(stationId, "BOARD", "exit", "OFFLINE", "连接被拒绝");

        List<HealthAlert> alerts = stationAlerts(health.alerts(scope, NOW));

        assertThat(alerts).extracting(HealthAlert::kind)
                .containsExactly(HealthAlert.Kind.BOARD_OFFLINE, HealthAlert.Kind.CAMERA_OFFLINE);
        assertThat(alerts.get(1).detail()).isEqualTo("side：连接超时（5 秒）");
        assertThat(alerts.get(1).since()).isEqualTo(NOW.minusSeconds(600));
        StationHealthRow row = health.view(scope, NOW).stations().get(0);
        assertThat(row.camerasReported()).isEqualTo(2);
        assertThat(row.camerasOnline()).isEqualTo(1);
    }

    @Test
    void offlineStationRaisesNoCameraAlert() {
        long stationId = station();
        heartbeat(stationId, NOW.minus(Duration.ofMinutes(11)), "ONLINE", null);
        device(stationId, "CAMERA", "side", "OFFLINE", "连接超时（5 秒）");

        List<HealthAlert> alerts = stationAlerts(health.alerts(scope, NOW));

        assertThat(alerts).extracting(HealthAlert::kind).containsExactly(HealthAlert.Kind.STATION_OFFLINE);
    }

    @Test
    void stoppingStationIsOfflineAtOnce() {
        long stationId = station();
        heartbeat(stationId, NOW.minusSeconds(5), "ONLINE", null);
        jdbc.update("update station_heartbeat set stopping = true where station_id = ?", stationId);

        List<HealthAlert> alerts = stationAlerts(health.alerts(scope, NOW));

        assertThat(alerts).extracting(HealthAlert::kind).containsExactly(HealthAlert.Kind.STATION_OFFLINE);
        assertThat(health.view(scope, NOW).stations().get(0).online()).isFalse();
    }

    @Test
    void cameraRateFromHeartbeatCounts() {
        long stationId = station();
        Instant start = FULL_DAY.atStartOfDay(CHINA).toInstant();
        // Every 30 s over the whole day with 2 cameras: one online all day, the other for the first half.
        jdbc.update("""
                insert into station_heartbeat_log (station_id, received_at, indicator_state, cameras_total,
                       cameras_online)
                select ?, ?::timestamptz + make_interval(secs => n * 30), 'ONLINE', 2,
                       case when n < 1440 then 2 else 1 end
                from generate_series(0, 2879) as n
                """, stationId, Timestamp.from(start));
        heartbeat(stationId, NOW.minusSeconds(10), "ONLINE", null);

        DeviceHealthView view = health.view(scope, NOW);

        List<Integer> rates = view.stations().get(0).cameraRates();
        assertThat(rates.get(view.days().indexOf(FULL_DAY))).isEqualTo(75);
        assertThat(rates.get(view.days().indexOf(FULL_DAY.minusDays(1)))).isNull();
    }

    @Test
    void dailyRatesShareOfExpectedHeartbeats() {
        long stationId = station();
        halfDayOfHeartbeats(stationId);
        heartbeat(stationId, NOW.minusSeconds(10), "ONLINE", null);

        DeviceHealthView view = health.view(scope, NOW);
        StationHealthRow row = view.stations().get(0);
        UnitHealthRow unit = view.units().get(0);
        int fullDay = view.days().indexOf(FULL_DAY);

        assertThat(view.days()).hasSize(7).endsWith(LocalDate.of(2026, 11, 21));
        assertThat(row.online()).isTrue();
        assertThat(row.stationRates().get(fullDay)).isEqualTo(50);
        assertThat(row.indicatorRates().get(fullDay)).isEqualTo(25);
        assertThat(row.stationRates().get(fullDay - 1)).isZero();
        assertThat(unit.stationRates().get(fullDay)).isEqualTo(50);
        assertThat(unit.indicatorRates().get(fullDay)).isEqualTo(25);
    }

    @Test
    void daysBeforeRegistrationHaveNoRate() throws Exception {
        Instant noonOfFullDay = FULL_DAY.atTime(12, 0).atZone(CHINA).toInstant();
        long stationId = stationRegisteredAt(noonOfFullDay);
        Instant start = FULL_DAY.atStartOfDay(CHINA).toInstant();
        jdbc.update("""
                insert into station_heartbeat_log (station_id, received_at, indicator_state)
                select ?, ?::timestamptz + make_interval(mins => 720 + n), 'ONLINE'
                from generate_series(0, 719) as n
                """, stationId, Timestamp.from(start));

        DeviceHealthView view = health.view(scope, NOW);
        StationHealthRow row = view.stations().get(0);
        UnitHealthRow unit = view.units().get(0);
        int fullDay = view.days().indexOf(FULL_DAY);

        assertThat(row.stationRates().get(fullDay - 1)).isNull();
        assertThat(row.stationRates().get(0)).isNull();
        assertThat(row.indicatorRates().get(fullDay - 1)).isNull();
        assertThat(unit.stationRates().get(fullDay - 1)).isNull();
        assertThat(row.stationRates().get(fullDay)).isEqualTo(50);
        assertThat(unit.stationRates().get(fullDay)).isEqualTo(50);
    }

    @Test
    void screenShowsDashBeforeRegistration() throws Exception {
        stationRegisteredAt(Instant.now());

        String page = mvc.perform(get("/devices/health").with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // Six of the seven days come before the registration, in the station row and the unit row.
        assertThat(page.split("title=\"磅房当天尚未登记，没有数据\">—<", -1)).hasSize(6 * 2 + 1);
    }

    @Test
    void acceptanceRateFromIndicatorHeartbeats() {
        long stationId = station();
        long unitId = unitOf(stationId);
        long quietUnit = unitOf(station());
        halfDayOfHeartbeats(stationId);
        OffsetDateTime from = FULL_DAY.atStartOfDay(CHINA).toOffsetDateTime();
        OffsetDateTime to = FULL_DAY.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();

        assertThat(onlineRates.onlineRate(unitId, from, to)).contains(new BigDecimal("25.0"));
        assertThat(onlineRates.onlineRate(quietUnit, from, to)).isEqualTo(Optional.empty());
    }

    @Test
    void unitSilentForWorkingHours() throws Exception {
        long sendingStation = station();
        long sending = unitOf(sendingStation);
        long silent = unitOf(station());
        long suspended = unitOf(station());
        long withoutStation = data.createUnit(areaId);
        jdbc.update("update source_unit set status = 'SUSPENDED' where id = ?", suspended);
        sendRecord(sending, sendingStation);
        Instant now = Instant.now();

        List<Long> soon = silentUnits(health.alerts(scope, now.plus(Duration.ofHours(1))));
        List<Long> later = silentUnits(health.alerts(scope, now.plus(Duration.ofDays(3))));

        assertThat(soon).containsExactly(silent);
        assertThat(later).containsExactlyInAnyOrder(sending, silent);
        assertThat(later).doesNotContain(suspended, withoutStation);
    }

    @Test
    void screenShowsOwnAreaToTownStaff() throws Exception {
        long stationId = station();
        heartbeat(stationId, Instant.now(), "ONLINE", null);

        DeviceHealthView shown = (DeviceHealthView) mvc.perform(get("/devices/health").with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andExpect(view().name("report/device-health"))
                .andReturn().getModelAndView().getModel().get("health");

        assertThat(shown.stations()).extracting(StationHealthRow::stationId).containsExactly(stationId);
        assertThat(shown.stations().get(0).online()).isTrue();
    }

    @Test
    void screenShowsCameraStatesAndAlerts() throws Exception {
        long stationId = station();
        Instant now = Instant.now();
        heartbeat(stationId, now, "ONLINE", null);
        jdbc.update("update station_heartbeat_log set cameras_total = 2, cameras_online = 1 where station_id = ?",
                stationId);
        device(stationId, "CAMERA", "front", "ONLINE", null);
        device(stationId, "CAMERA", "side", "OFFLINE", "连接超时（5 秒）");

        mvc.perform(get("/devices/health").with(TestPrincipal.town(areaId)))
                .andExpect(status().isOk())
                .andExpect(view().name("report/device-health"))
                .andExpect(content().string(containsString("摄像机离线")))
                .andExpect(content().string(containsString("side：连接超时（5 秒）")))
                .andExpect(content().string(containsString("1/2 台在线")));
    }

    @Test
    void screenShowsNeverSucceededForDevice() throws Exception {
        long stationId = station();
        heartbeat(stationId, Instant.now(), "ONLINE", null);
        jdbc.update("""
                insert into station_device_state (station_id, kind, device_id, address, state, reason, reported_at)
                values (?, 'BOARD', 'exit', '127.0.0.1:18598', 'OFFLINE', '连接被拒绝', now())
                """, stationId);

        mvc.perform(get("/devices/health").with(TestPrincipal.enterprise(unitOf(stationId))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("exit：连接被拒绝")))
                .andExpect(content().string(containsString("从未成功")));
    }

    @Test
    void screenShowsStoppedStationCamerasUnknown() throws Exception {
        long stationId = station();
        Instant now = Instant.now();
        heartbeat(stationId, now, "ONLINE", null);
        jdbc.update("update station_heartbeat set stopping = true where station_id = ?", stationId);
        jdbc.update("update station_heartbeat_log set cameras_total = 2, cameras_online = 2 where station_id = ?",
                stationId);
        device(stationId, "CAMERA", "front", "ONLINE", null);
        device(stationId, "CAMERA", "side", "ONLINE", null);

        mvc.perform(get("/devices/health").with(TestPrincipal.enterprise(unitOf(stationId))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 台，磅房离线，状态未知")))
                .andExpect(content().string(not(containsString("2/2 台在线"))));
    }

    @Test
    void screenShowsOwnUnitToEnterprise() throws Exception {
        long own = station();
        station();

        DeviceHealthView shown = (DeviceHealthView) mvc.perform(get("/devices/health")
                        .with(TestPrincipal.enterprise(unitOf(own))))
                .andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("health");

        assertThat(shown.stations()).extracting(StationHealthRow::stationId).containsExactly(own);
    }

    /** Creates a station registered well before the days the tests look at. */
    private long station() {
        return stationRegisteredAt(Instant.parse("2026-10-01T00:00:00Z"));
    }

    private long stationRegisteredAt(Instant createdAt) {
        long stationId = data.createStation(data.createUnit(areaId));
        jdbc.update("update weigh_station set created_at = ? where id = ?", Timestamp.from(createdAt), stationId);
        return stationId;
    }

    private long unitOf(long stationId) {
        return jdbc.queryForObject("select unit_id from weigh_station where id = ?", Long.class, stationId);
    }

    private void heartbeat(long stationId, Instant receivedAt, String indicatorState, String reason) {
        jdbc.update("insert into station_heartbeat (station_id, received_at, key_id, indicator_state, indicator_reason,"
                + " last_frame_at) values (?, ?, 'test', ?, ?, ?)", stationId, Timestamp.from(receivedAt),
                indicatorState, reason, Timestamp.from(receivedAt.minusSeconds(5)));
        jdbc.update("insert into station_heartbeat_log (station_id, received_at, indicator_state) values (?, ?, ?)",
                stationId, Timestamp.from(receivedAt), indicatorState);
    }

    private void device(long stationId, String kind, String id, String state, String reason) {
        jdbc.update("""
                insert into station_device_state (station_id, kind, device_id, position, type, address, state, reason,
                       last_success_at, reported_at)
                values (?, ?, ?, ?, ?, '127.0.0.1', ?, ?, ?, ?)
                """, stationId, kind, id, "CAMERA".equals(kind) ? "FRONT" : null, "CAMERA".equals(kind) ? "RTSP" : null,
                state, reason, Timestamp.from(NOW.minusSeconds(600)), Timestamp.from(NOW.minusSeconds(20)));
    }

    /** Inserts one heartbeat a minute over FULL_DAY, half the expected 2880, with the indicator online for the first 720. */
    private void halfDayOfHeartbeats(long stationId) {
        Instant start = FULL_DAY.atStartOfDay(CHINA).toInstant();
        jdbc.update("""
                insert into station_heartbeat_log (station_id, received_at, indicator_state)
                select ?, ?::timestamptz + make_interval(mins => n), case when n < 720 then 'ONLINE' else 'OFFLINE' end
                from generate_series(0, 1439) as n
                """, stationId, Timestamp.from(start));
    }

    private void sendRecord(long unitId, long stationId) throws Exception {
        var credential = data.issue(stationId);
        var station = new TestData.StationWithKey(unitId, areaId, stationId, credential.keyId(), credential.secret());
        RecordSender.send(mvc, station, RecordSender.record(Plates.unique(), 30_000, "RELEASE"));
    }

    private static List<HealthAlert> stationAlerts(List<HealthAlert> alerts) {
        return alerts.stream().filter(alert -> alert.stationId() != null).toList();
    }

    private static HealthAlert alertOf(List<HealthAlert> alerts, long stationId) {
        return alerts.stream().filter(alert -> alert.stationId() == stationId).findFirst().orElseThrow();
    }

    private static List<Long> silentUnits(List<HealthAlert> alerts) {
        return alerts.stream().filter(alert -> alert.kind() == HealthAlert.Kind.UNIT_SILENT)
                .map(HealthAlert::unitId).toList();
    }
}
