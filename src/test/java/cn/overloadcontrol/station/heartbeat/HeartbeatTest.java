package cn.overloadcontrol.station.heartbeat;

import java.time.Duration;
import java.time.Instant;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Station heartbeats: stored per station, shown on the station page, offline after three missed. */
@IntegrationTest
class HeartbeatTest {

    private static final String PATH = "/api/v1/heartbeats";
    private static final String HEALTH_FRAGMENT = "station/health :: panel";
    private static final String HEARTBEAT = """
            {"sentAt":"2026-12-04T10:15:30+08:00",
             "indicator":{"device":"/dev/ttyUSB0","state":"ONLINE","reason":"frames arriving",
                          "lastFrameAt":"2026-12-04T10:15:29+08:00","readings":1200,"badFrames":3},
             "liveWeightKg":49280,"cycleState":"STABLE","backlog":2,"rejected":0,"agentVersion":"test"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    HeartbeatService heartbeats;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    @Test
    void heartbeatIsStoredAndShown() throws Exception {
        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), HEARTBEAT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedAt").exists());

        StationHealth health = heartbeats.health(station.stationId(), Instant.now());
        assertThat(health.online()).isTrue();
        assertThat(health.indicatorOnline()).isTrue();
        assertThat(health.latest().liveWeightKg()).isEqualTo(49280);
        assertThat(health.latest().badFrames()).isEqualTo(3);
        assertThat(health.latest().backlog()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from station_heartbeat_log where station_id = ?", Long.class,
                station.stationId())).isEqualTo(1);

        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(HEALTH_FRAGMENT))
                .andExpect(result -> assertThat(((StationHealth) result.getModelAndView().getModel().get("health"))
                        .online()).isTrue())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("49.28")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("在线")));
    }

    @Test
    void stationIsOfflineAfterThreeMissedHeartbeats() throws Exception {
        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), HEARTBEAT)).andExpect(status().isOk());
        Instant lastSeen = heartbeats.health(station.stationId(), Instant.now()).lastSeen();

        assertThat(heartbeats.health(station.stationId(), lastSeen.plus(Duration.ofSeconds(89))).online()).isTrue();
        assertThat(heartbeats.health(station.stationId(), lastSeen.plus(Duration.ofSeconds(90))).online()).isFalse();

        Instant later = lastSeen.plus(Duration.ofSeconds(95));
        assertThat(heartbeats.logOfflineStations(later)).contains(station.stationId());
        assertThat(heartbeats.logOfflineStations(later.plusSeconds(30))).doesNotContain(station.stationId());

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), HEARTBEAT)).andExpect(status().isOk());
        assertThat(heartbeats.health(station.stationId(), Instant.now()).online()).isTrue();
    }

    @Test
    void stationWithoutHeartbeatIsNeverSeen() throws Exception {
        StationHealth health = heartbeats.health(station.stationId(), Instant.now());

        assertThat(health.online()).isFalse();
        assertThat(health.lastSeen()).isNull();
        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚未收到")));
    }

    @Test
    void invalidHeartbeatIsRejectedByField() throws Exception {
        String invalid = """
                {"sentAt":"yesterday","indicator":{"state":"BROKEN"},"backlog":-1}""";

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.problems[?(@.field == 'sentAt')].code").value("time.invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'indicator.state')].code").value("enum.invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'backlog')].code").value("number.out_of_range"));
        assertThat(heartbeats.health(station.stationId(), Instant.now()).lastSeen()).isNull();
    }

    @Test
    void dailyCountsAreStoredPerDay() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(8));
        String report = """
                {"backlog":0,"dailyCounts":[{"date":"%s","records":4},{"date":"%s","records":0}]}"""
                .formatted(today.minusDays(1), today);

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), report)).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select records from station_daily_count where station_id = ? and day = ?",
                Integer.class, station.stationId(), today.minusDays(1))).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from station_daily_count where station_id = ?", Long.class,
                station.stationId())).isEqualTo(2);
    }

    @Test
    void invalidDailyCountsAreRejectedByField() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(8));
        String invalid = """
                {"dailyCounts":[{"date":"2026-13-01","records":1},{"date":"%s","records":-1},
                                {"date":"%s","records":2},{"date":"%s","records":3},{"date":"%s"}]}"""
                .formatted(today, today, today.minusDays(40), today.minusDays(1));

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.field == 'dailyCounts[0].date')].code")
                        .value("daily_counts.date_invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'dailyCounts[1].records')].code")
                        .value("number.out_of_range"))
                .andExpect(jsonPath("$.problems[?(@.field == 'dailyCounts[2].date')].code")
                        .value("daily_counts.date_duplicate"))
                .andExpect(jsonPath("$.problems[?(@.field == 'dailyCounts[3].date')].code")
                        .value("date.out_of_range"))
                .andExpect(jsonPath("$.problems[?(@.field == 'dailyCounts[4].records')].code").value("required"));
        assertThat(heartbeats.health(station.stationId(), Instant.now()).lastSeen()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from station_daily_count where station_id = ?", Long.class,
                station.stationId())).isZero();
    }

    @Test
    void unsignedHeartbeatIsRejected() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PATH)
                        .contentType("application/json").content(HEARTBEAT))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void healthOfStationOutsideScopeIsNotFound() throws Exception {
        long otherArea = data.areas().get(1).id();

        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.town(otherArea)))
                .andExpect(status().isNotFound());
    }
}
