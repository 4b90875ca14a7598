package cn.overloadcontrol.station.heartbeat;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cameras, boards and stopping flag of heartbeats: validated, stored per device and shown. */
@IntegrationTest
class HeartbeatDevicesTest {

    private static final String PATH = "/api/v1/heartbeats";
    private static final String CAMERAS = """
            "cameras":[{"id":"front","position":"FRONT","type":"RTSP","address":"rtsp://127.0.0.1:8554/front",
                        "state":"ONLINE","reason":"","lastSuccessAt":"2026-12-05T10:15:30+08:00"},
                       {"id":"side","position":"SIDE","type":"RTSP","address":"rtsp://127.0.0.1:8554/side",
                        "state":"OFFLINE","reason":"连接超时（5 秒）","lastSuccessAt":null},
                       {"id":"plate-in","type":"PLATE","vendor":"HIKVISION","address":"127.0.0.1",
                        "state":"UNKNOWN","reason":"","lastSuccessAt":null}]""";
    private static final String BOARDS = """
            "boards":[{"id":"exit","protocol":"onbon-bx5k","address":"127.0.0.1:5005","state":"OFFLINE",
                       "reason":"连接被拒绝","lastSuccessAt":null,"lastText":"晋E12345 31.20吨 正常 请通行"}]""";

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

    private void send(String body) throws Exception {
        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), body)).andExpect(status().isOk());
    }

    @Test
    void camerasAndBoardsAreStored() throws Exception {
        send("{\"sentAt\":\"2026-12-05T10:15:31+08:00\"," + CAMERAS + "," + BOARDS + "}");

        StationHealth health = heartbeats.health(station.stationId(), Instant.now());
        assertThat(health.cameras()).extracting(DeviceState::id).containsExactly("front", "plate-in", "side");
        DeviceState side = health.cameras().get(2);
        assertThat(side.state()).isEqualTo("OFFLINE");
        assertThat(side.reason()).isEqualTo("连接超时（5 秒）");
        assertThat(side.position()).isEqualTo("SIDE");
        assertThat(health.cameras().get(0).lastSuccessAt()).isEqualTo(Instant.parse("2026-12-05T02:15:30Z"));
        assertThat(health.boards()).singleElement().satisfies(board -> {
            assertThat(board.lastText()).isEqualTo("晋E12345 31.20吨 正常 请通行");
            assertThat(board.protocol()).isEqualTo("onbon-bx5k");
        });
        assertThat(jdbc.queryForObject("select cameras_total from station_heartbeat_log where station_id = ?",
                Integer.class, station.stationId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select cameras_online from station_heartbeat_log where station_id = ?",
                Integer.class, station.stationId())).isEqualTo(1);
    }

    @Test
    void latestHeartbeatReplacesDevices() throws Exception {
        send("{" + CAMERAS + "," + BOARDS + "}");
        send("""
                {"cameras":[{"id":"front","position":"FRONT","type":"RTSP","state":"OFFLINE","reason":"连接被拒绝"}]}""");

        StationHealth health = heartbeats.health(station.stationId(), Instant.now());
        assertThat(health.cameras()).singleElement().satisfies(camera -> assertThat(camera.offline()).isTrue());
        // A heartbeat without the boards part leaves the boards as last reported.
        assertThat(health.boards()).hasSize(1);
    }

    @Test
    void stationPageListsDevices() throws Exception {
        send("{" + CAMERAS + "," + BOARDS + "}");

        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"device-CAMERA-side\"")))
                .andExpect(content().string(containsString("侧面相机")))
                .andExpect(content().string(containsString("车牌识别相机")))
                .andExpect(content().string(containsString("连接超时（5 秒）")))
                .andExpect(content().string(containsString("LED 显示屏")))
                .andExpect(content().string(containsString("连接被拒绝")));
    }

    @Test
    void olderStationReasonShownInChinese() throws Exception {
        send("""
                {"indicator":{"device":"COM3","state":"ONLINE","reason":"valid frames arrive"}}""");

        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据帧正常")))
                .andExpect(content().string(not(containsString("valid frames arrive"))));
    }

    @Test
    void stoppedStationDevicesShowUnknown() throws Exception {
        send("{" + CAMERAS + "," + BOARDS + "}");
        send("{\"stopping\":true}");

        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"device-CAMERA-front\"")))
                .andExpect(content().string(containsString("未知（磅房离线）")))
                .andExpect(content().string(not(containsString(">在线</span>"))));
    }

    @Test
    void stoppingStationIsOfflineAtOnce() throws Exception {
        send("{\"stopping\":true}");

        StationHealth health = heartbeats.health(station.stationId(), Instant.now());
        assertThat(health.online()).isFalse();
        assertThat(health.stopped()).isTrue();
        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(content().string(containsString("磅房已正常停止")));

        send("{}");
        assertThat(heartbeats.health(station.stationId(), Instant.now()).online()).isTrue();
        mvc.perform(get("/stations/{id}/health", station.stationId()).with(TestPrincipal.office()))
                .andExpect(content().string(not(containsString("磅房已正常停止"))));
    }

    @Test
    void invalidDevicesAreRejectedByField() throws Exception {
        String invalid = """
                {"cameras":[{"id":"front","position":"LEFT","state":"BROKEN",
                             "address":"rtsp://admin:secret@127.0.0.1/front"},
                            {"id":"front","state":"ONLINE","lastSuccessAt":"soon"},
                            {"state":"ONLINE"}],
                 "boards":[{"id":"exit","state":"ONLINE","lastText":"%s"}]}""".formatted("字".repeat(201));

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[0].position')].code").value("enum.invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[0].state')].code").value("enum.invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[0].address')].code")
                        .value("heartbeat.address_credentials"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[1].id')].code")
                        .value("heartbeat.duplicate_device"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[1].lastSuccessAt')].code")
                        .value("time.invalid"))
                .andExpect(jsonPath("$.problems[?(@.field == 'cameras[2].id')].code").value("required"))
                .andExpect(jsonPath("$.problems[?(@.field == 'boards[0].lastText')].code").value("too_long"))
                .andExpect(content().string(not(containsString("secret"))));
        assertThat(heartbeats.health(station.stationId(), Instant.now()).lastSeen()).isNull();
    }
}
