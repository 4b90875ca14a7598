package cn.overloadcontrol.station.command;

import java.util.Base64;
import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Station commands from the installer's page to the station and back: queued with an audit
 * entry, handed out once on poll, expired when no poll picks them up, and given one result.
 */
@IntegrationTest
class StationCommandApiTest {

    private static final String POLL = "/api/v1/station-commands/poll";
    private static final String COMMAND_FRAGMENT = "station/commands :: command";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A JPEG start of image and APP0 marker, enough for the format check. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F',
            'I', 'F', 0x00, 0x01, (byte) 0xFF, (byte) 0xD9};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    private static RequestPostProcessor installer() {
        return TestPrincipal.as(Role.INSTALLER, DataScope.ALL);
    }

    private long queueSnapshot(String cameraId) throws Exception {
        mvc.perform(post("/stations/{id}/commands/snapshot", station.stationId()).param("cameraId", cameraId)
                        .with(installer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(COMMAND_FRAGMENT))
                .andExpect(content().string(containsString("等待磅房响应…")));
        return jdbc.queryForObject("select max(id) from station_command where station_id = ?", Long.class,
                station.stationId());
    }

    private JsonNode poll(TestData.StationWithKey sender) throws Exception {
        String body = mvc.perform(signedPost(POLL, sender.keyId(), sender.secret(), "{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("commands");
    }

    private ResultActions answer(TestData.StationWithKey sender, long commandId, String json) throws Exception {
        return mvc.perform(signedPost("/api/v1/station-commands/" + commandId + "/result", sender.keyId(),
                sender.secret(), json));
    }

    @Test
    void pollHandsOutCommandOnce() throws Exception {
        long snapshot = queueSnapshot("front");
        mvc.perform(post("/stations/{id}/commands/led-test", station.stationId()).param("boardId", "exit")
                        .param("text", "测试 晋E12345 31.20吨").with(installer()).with(csrf()))
                .andExpect(status().isOk());

        JsonNode commands = poll(station);

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).get("id").asLong()).isEqualTo(snapshot);
        assertThat(commands.get(0).get("kind").asString()).isEqualTo("CAMERA_SNAPSHOT");
        assertThat(commands.get(0).get("cameraId").asString()).isEqualTo("front");
        assertThat(commands.get(1).get("kind").asString()).isEqualTo("LED_TEST");
        assertThat(commands.get(1).get("boardId").asString()).isEqualTo("exit");
        assertThat(commands.get(1).get("text").asString()).isEqualTo("测试 晋E12345 31.20吨");
        assertThat(poll(station)).isEmpty();
    }

    @Test
    void queuedCommandIsAudited() throws Exception {
        long id = queueSnapshot("front");

        Integer entries = jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'station_command' and object_id = ?
                   and action = 'CREATE'
                """, Integer.class, Long.toString(id));
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void commandNotPolledExpires() throws Exception {
        long id = queueSnapshot("front");
        jdbc.update("update station_command set created_at = now() - interval '121 seconds' where id = ?", id);

        assertThat(poll(station)).isEmpty();
        assertThat(jdbc.queryForObject("select status from station_command where id = ?", String.class, id))
                .isEqualTo("EXPIRED");
        answer(station, id, "{\"done\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("command_not_sent"));
        mvc.perform(get("/stations/{id}/commands/{cid}", station.stationId(), id).with(installer()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("unanswered", true))
                .andExpect(content().string(containsString("磅房未响应（离线或未升级）")))
                .andExpect(content().string(not(containsString("hx-trigger=\"every 2s\""))));
    }

    @Test
    void snapshotImageIsStoredAndShown() throws Exception {
        long id = queueSnapshot("front");
        poll(station);

        answer(station, id, "{\"done\":true,\"message\":\"已抓拍\",\"image\":\""
                + Base64.getEncoder().encodeToString(JPEG) + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"));

        mvc.perform(get("/stations/{id}/commands/{cid}", station.stationId(), id).with(installer()))
                .andExpect(status().isOk())
                .andExpect(view().name(COMMAND_FRAGMENT))
                .andExpect(content().string(containsString("已抓拍")))
                .andExpect(content().string(containsString("/stations/" + station.stationId() + "/commands/" + id
                        + "/image")))
                .andExpect(content().string(not(containsString("等待磅房响应"))));
        byte[] served = mvc.perform(get("/stations/{id}/commands/{cid}/image", station.stationId(), id)
                        .with(installer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(JPEG);
    }

    @Test
    void secondResultIsConflict() throws Exception {
        long id = queueSnapshot("front");
        poll(station);
        answer(station, id, "{\"done\":false,\"message\":\"连接超时（5 秒）\"}").andExpect(status().isOk());

        answer(station, id, "{\"done\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("command_answered"));
        assertThat(jdbc.queryForObject("select message from station_command where id = ?", String.class, id))
                .isEqualTo("连接超时（5 秒）");
    }

    @Test
    void otherStationsCommandIsNotFound() throws Exception {
        long id = queueSnapshot("front");
        TestData.StationWithKey other = data.stationWithKey();

        assertThat(poll(other)).isEmpty();
        poll(station);
        answer(other, id, "{\"done\":true}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("command_not_found"));
    }

    @Test
    void invalidResultIsRejectedByField() throws Exception {
        long id = queueSnapshot("front");
        poll(station);

        answer(station, id, "{\"message\":\"" + "长".repeat(201) + "\",\"image\":\""
                + Base64.getEncoder().encodeToString("GIF89a".getBytes()) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.problems[?(@.field == 'done')].code").value("required"))
                .andExpect(jsonPath("$.problems[?(@.field == 'message')].code").value("too_long"))
                .andExpect(jsonPath("$.problems[?(@.field == 'image')].code").value("command.image_not_jpeg"));
        answer(station, id, "{\"done\":true,\"image\":\"***\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].code").value("command.image_not_base64"));
        assertThat(jdbc.queryForObject("select status from station_command where id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    @Test
    void ledTestWithoutTextShowsProblem() throws Exception {
        mvc.perform(post("/stations/{id}/commands/led-test", station.stationId()).param("boardId", "exit")
                        .param("text", " ").with(installer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(COMMAND_FRAGMENT))
                .andExpect(content().string(containsString("必填项不能为空")));
        assertThat(jdbc.queryForObject("select count(*) from station_command where station_id = ?", Integer.class,
                station.stationId())).isZero();
    }

    @Test
    void stationPageOffersPreviewAndLedTest() throws Exception {
        mvc.perform(signedPost("/api/v1/heartbeats", station.keyId(), station.secret(), """
                {"cameras":[{"id":"front","position":"FRONT","type":"RTSP","state":"ONLINE"}],
                 "boards":[{"id":"exit","protocol":"onbon-bx5k","state":"ONLINE"}]}"""))
                .andExpect(status().isOk());

        mvc.perform(get("/stations/{id}", station.stationId()).with(installer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/stations/" + station.stationId() + "/devices")));
        mvc.perform(get("/stations/{id}/devices", station.stationId()).with(installer()))
                .andExpect(status().isOk())
                .andExpect(view().name("station/commands :: panel"))
                .andExpect(model().attributeExists("health"))
                .andExpect(content().string(containsString("name=\"cameraId\" value=\"front\"")))
                .andExpect(content().string(containsString("id=\"led-test-form\"")))
                .andExpect(content().string(containsString("<option value=\"exit\">exit</option>")));
    }

    @Test
    void auditorCannotQueueCommands() throws Exception {
        mvc.perform(post("/stations/{id}/commands/snapshot", station.stationId()).param("cameraId", "front")
                        .with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/stations/{id}", station.stationId()).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/devices\""))));
    }

    @Test
    void stationOutsideScopeIsNotFound() throws Exception {
        RequestPostProcessor otherArea = TestPrincipal.as(Role.INSTALLER, DataScope.areas(Set.of(-1L)));

        mvc.perform(post("/stations/{id}/commands/snapshot", station.stationId()).param("cameraId", "front")
                        .with(otherArea).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/stations/{id}/devices", station.stationId()).with(otherArea))
                .andExpect(status().isNotFound());
    }
}
