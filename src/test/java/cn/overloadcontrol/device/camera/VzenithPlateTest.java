package cn.overloadcontrol.device.camera;

import static cn.overloadcontrol.device.camera.CameraBodies.ascii;
import static cn.overloadcontrol.device.camera.CameraBodies.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.device.CameraHeartbeat;
import cn.overloadcontrol.device.CameraPush;
import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.PlateCameraPushes;
import cn.overloadcontrol.device.PlateEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VzenithPlateTest {

    private static final String CAMERA = "192.168.1.100";

    private static String alarm(String license, String colorType, String image) {
        return """
                {"AlarmInfoPlate": {"channel": 0, "deviceName": "exit", "ipaddr": "192.168.1.100",
                  "serialno": "e5f1a2b3-c4d5e6f7",
                  "result": {"PlateResult": {"license": "%s", "confidence": 95, "colorType": %s, "plateid": 4711,
                    "direction": 4, "timeStamp": {"Timeval": {"sec": 1796344215, "usec": 250000}},
                    "imageFile": "%s", "imageFragmentFile": ""}}}}
                """.formatted(license, colorType, image);
    }

    private static CameraPush push(String json) {
        return PlateCameraPushes.vzenith(ascii(json), CAMERA);
    }

    @Test
    void alarmInfoPlateEvent() {
        byte[] picture = jpeg(7);

        PlateEvent event = (PlateEvent) push(alarm("晋E12345", "2", Base64.getEncoder().encodeToString(picture)));

        assertThat(event.vendor()).isEqualTo(CameraVendor.VZENITH);
        assertThat(event.eventId()).isEqualTo("e5f1a2b3-c4d5e6f7/4711");
        assertThat(event.time()).isEqualTo(Instant.ofEpochSecond(1796344215, 250_000_000));
        assertThat(event.plate().normalized()).isEqualTo("晋E12345");
        assertThat(event.color()).isEqualTo(PlateColor.YELLOW);
        assertThat(event.rawColor()).isEqualTo("2");
        assertThat(event.confidence()).isEqualTo(95);
        assertThat(event.direction()).isEqualTo("4");
        assertThat(event.pictures()).hasSize(1);
        assertThat(event.pictures().get(0).name()).isEqualTo("imageFile");
        assertThat(event.pictures().get(0).bytes()).isEqualTo(picture);
    }

    @ParameterizedTest(name = "colorType {0} -> {1}")
    @CsvSource({"0, UNKNOWN", "1, BLUE", "2, YELLOW", "3, WHITE", "4, BLACK", "5, GREEN", "6, UNKNOWN",
            "'\"x\"', UNKNOWN"})
    void colorTypeCodes(String code, PlateColor expected) {
        PlateEvent event = (PlateEvent) push(alarm("晋E12345", code, ""));

        assertThat(event.color()).isEqualTo(expected);
    }

    @Test
    void noPlateSentinelKeepsRawText() {
        PlateEvent event = (PlateEvent) push(alarm("_无_", "0", ""));

        assertThat(event.readable()).isFalse();
        assertThat(event.plate().normalized()).isEmpty();
        assertThat(event.rawPlate()).isEqualTo("_无_");
    }

    @Test
    void heartbeat() {
        CameraPush push = push("{\"heartbeat\": {\"countid\": 12, \"timeout\": 30}}");

        assertThat(push).isEqualTo(new CameraHeartbeat(CameraVendor.VZENITH, CAMERA));
    }

    @Test
    void bodyWithoutAlarmOrHeartbeatIsRejected() {
        assertThatThrownBy(() -> push("{\"other\": 1}"))
                .isInstanceOf(CameraPushException.class)
                .hasMessage("AlarmInfoPlate is missing, and heartbeat is missing too");
    }

    @Test
    void missingTimeIsRejected() {
        String json = alarm("晋E12345", "1", "").replace("\"sec\": 1796344215, ", "");

        assertThatThrownBy(() -> push(json))
                .hasMessage("AlarmInfoPlate.result.PlateResult.timeStamp.Timeval.sec is missing");
    }

    @Test
    void replyOpensBarrierAndForwardsBoardFrame() {
        LedMessage welcome = new LedMessage(List.of(), "欢迎光临");

        JsonNode reply = JsonMapper.builder().build().readTree(PlateCameraPushes.vzenithReply(true, welcome));

        JsonNode response = reply.path("Response_AlarmInfoPlate");
        assertThat(response.path("info").asString()).isEqualTo("ok");
        JsonNode serial = response.path("serialData").get(0);
        assertThat(serial.path("serialChannel").asInt()).isZero();
        byte[] data = Base64.getDecoder().decode(serial.path("data").asString());
        assertThat(HexBytes.format(data)).isEqualTo("00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58");
        assertThat(serial.path("dataLen").asInt()).isEqualTo(17);
    }

    @Test
    void replyKeepsBarrierClosedWithoutBoard() {
        byte[] reply = PlateCameraPushes.vzenithReply(false, null);

        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("{\"Response_AlarmInfoPlate\":{\"info\":\"no\"}}");
    }
}
