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
import cn.overloadcontrol.device.PlateCameraPushes;
import cn.overloadcontrol.device.PlateEvent;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DahuaItsapiTest {

    private static final String CAMERA = "192.168.1.108";

    private static String tollgate(String plate, String color, String pictureBase64) {
        return """
                {"Picture": {
                  "SnapInfo": {"DeviceID": "lane-1", "AccurateTime": "2026-12-04 08:30:15.250", "Direction": "Approach"},
                  "Plate": {"PlateNumber": "%s", "PlateColor": "%s", "Confidence": 92},
                  "Vehicle": {"VehicleType": "Truck"},
                  "NormalPic": {"PicName": "normal.jpg", "Content": "%s"}
                }}
                """.formatted(plate, color, pictureBase64);
    }

    private static CameraPush push(String path, String json) {
        return PlateCameraPushes.dahua(path, ascii(json), CAMERA);
    }

    @Test
    void tollgateEvent() {
        byte[] picture = jpeg(5);

        PlateEvent event = (PlateEvent) push("/NotificationInfo/TollgateInfo",
                tollgate("晋E12345", "Yellow", Base64.getEncoder().encodeToString(picture)));

        assertThat(event.vendor()).isEqualTo(CameraVendor.DAHUA);
        assertThat(event.time()).isEqualTo(Instant.parse("2026-12-04T00:30:15.250Z"));
        assertThat(event.plate().normalized()).isEqualTo("晋E12345");
        assertThat(event.color()).isEqualTo(PlateColor.YELLOW);
        assertThat(event.rawColor()).isEqualTo("Yellow");
        assertThat(event.confidence()).isEqualTo(92);
        assertThat(event.direction()).isEqualTo("Approach");
        assertThat(event.eventId()).isEqualTo("192.168.1.108@2026-12-04 08:30:15.250/晋E12345");
        assertThat(event.pictures()).hasSize(1);
        assertThat(event.pictures().get(0).bytes()).isEqualTo(picture);
        assertThat(event.pictures().get(0).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void base64WithLineBreaksIsDecoded() {
        byte[] picture = jpeg(6);
        // JSON escapes the CRLF that a MIME encoder puts every 16 characters.
        String wrapped = Base64.getMimeEncoder(16, "\r\n".getBytes()).encodeToString(picture).replace("\r\n", "\\r\\n");

        PlateEvent event = (PlateEvent) push("/NotificationInfo/TollgateInfo", tollgate("晋E12345", "Blue", wrapped));

        assertThat(event.pictures().get(0).bytes()).isEqualTo(picture);
    }

    @Test
    void keepAliveIsHeartbeat() {
        CameraPush push = push("/NotificationInfo/KeepAlive", "{\"DeviceID\": \"lane-1\"}");

        assertThat(push).isEqualTo(new CameraHeartbeat(CameraVendor.DAHUA, CAMERA));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"--", "unlicensed", "Unlicensed", ""})
    void sentinelPlateIsNoPlate(String sentinel) {
        PlateEvent event = (PlateEvent) push("/NotificationInfo/TollgateInfo", tollgate(sentinel, "Unknown", ""));

        assertThat(event.readable()).isFalse();
        assertThat(event.plate().normalized()).isEmpty();
        assertThat(event.rawPlate()).isEqualTo(sentinel);
        assertThat(event.color()).isEqualTo(PlateColor.UNKNOWN);
        assertThat(event.pictures()).isEmpty();
    }

    @Test
    void yellowGreenPlate() {
        PlateEvent event = (PlateEvent) push("/NotificationInfo/TollgateInfo", tollgate("晋E12345D", "YellowGreen", ""));

        assertThat(event.color()).isEqualTo(PlateColor.YELLOW_GREEN);
        assertThat(event.plate().isNewEnergy()).isTrue();
    }

    @Test
    void unknownPathIsRejected() {
        assertThatThrownBy(() -> push("/NotificationInfo/Other", "{}"))
                .isInstanceOf(CameraPushException.class)
                .hasMessage("path '/NotificationInfo/Other' is neither /NotificationInfo/TollgateInfo"
                        + " nor /NotificationInfo/KeepAlive");
    }

    @Test
    void invalidJsonIsRejected() {
        assertThatThrownBy(() -> push("/NotificationInfo/TollgateInfo", "{\"Picture\": "))
                .extracting(e -> ((CameraPushException) e).code()).isEqualTo(CameraPushException.Code.INVALID_JSON);
    }

    @Test
    void invalidBase64IsRejected() {
        assertThatThrownBy(() -> push("/NotificationInfo/TollgateInfo", tollgate("晋E12345", "Blue", "@@@")))
                .hasMessageStartingWith("Picture.NormalPic.Content is not valid base64");
    }

    @Test
    void missingTimeIsRejected() {
        String json = tollgate("晋E12345", "Blue", "").replace("\"AccurateTime\": \"2026-12-04 08:30:15.250\", ", "");

        assertThatThrownBy(() -> push("/NotificationInfo/TollgateInfo", json))
                .hasMessage("Picture.SnapInfo.AccurateTime is missing");
    }

    @Test
    void invalidTimeIsRejected() {
        String json = tollgate("晋E12345", "Blue", "").replace("2026-12-04 08:30:15.250", "2026-12-04T08:30");

        assertThatThrownBy(() -> push("/NotificationInfo/TollgateInfo", json))
                .hasMessage("Picture.SnapInfo.AccurateTime '2026-12-04T08:30' is not YYYY-MM-DD HH:MM:SS.fff");
    }
}
