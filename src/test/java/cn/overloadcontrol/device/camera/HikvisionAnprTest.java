package cn.overloadcontrol.device.camera;

import static cn.overloadcontrol.device.camera.CameraBodies.anprXml;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HikvisionAnprTest {

    private static final String CAMERA = "192.168.1.64";
    private static final String HIK_NAMESPACE = "http://www.hikvision.com/ver20/XMLSchema";

    private static CameraPush push(byte[] body) {
        return PlateCameraPushes.hikvision(CameraBodies.contentType(), body, CAMERA);
    }

    private static byte[] anprPush(String xml, byte[] detection, byte[] plate) {
        return new CameraBodies.Multipart()
                .part("anpr.xml", "application/xml; charset=\"UTF-8\"", ascii(xml), true)
                .part("detectionPicture.jpg", "image/jpeg", detection, true)
                .part("licensePlatePicture.jpg", "image/jpeg", plate, true)
                .end();
    }

    @Test
    void anprEventWithPictures() {
        byte[] detection = jpeg(10);
        byte[] plate = jpeg(11);

        PlateEvent event = (PlateEvent) push(anprPush(anprXml(HIK_NAMESPACE, "晋E·12345", "yellow", "active"),
                detection, plate));

        assertThat(event.vendor()).isEqualTo(CameraVendor.HIKVISION);
        assertThat(event.cameraAddress()).isEqualTo(CAMERA);
        assertThat(event.eventId()).isEqualTo("e3b5a6c8-0000-4000-8000-000000000001");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-12-04T00:30:15Z"));
        assertThat(event.plate().normalized()).isEqualTo("晋E12345");
        assertThat(event.readable()).isTrue();
        assertThat(event.rawPlate()).isEqualTo("晋E·12345");
        assertThat(event.color()).isEqualTo(PlateColor.YELLOW);
        assertThat(event.rawColor()).isEqualTo("yellow");
        assertThat(event.confidence()).isEqualTo(97);
        assertThat(event.direction()).isEqualTo("forward");
        assertThat(event.pictures()).hasSize(2);
        assertThat(event.pictures().get(0).name()).isEqualTo("detectionPicture.jpg");
        assertThat(event.pictures().get(0).contentType()).isEqualTo("image/jpeg");
        assertThat(event.pictures().get(0).bytes()).isEqualTo(detection);
        assertThat(event.pictures().get(1).bytes()).isEqualTo(plate);
    }

    @ParameterizedTest(name = "namespace \"{0}\"")
    @ValueSource(strings = {HIK_NAMESPACE, "http://www.isapi.org/ver20/XMLSchema", ""})
    void namespaceDoesNotMatter(String namespace) {
        String xml = namespace.isEmpty()
                ? anprXml("", "晋E12345", "blue", "active").replace(" xmlns=\"\"", "")
                : anprXml(namespace, "晋E12345", "blue", "active");

        PlateEvent event = (PlateEvent) push(anprPush(xml, jpeg(1), jpeg(2)));

        assertThat(event.plate().normalized()).isEqualTo("晋E12345");
        assertThat(event.color()).isEqualTo(PlateColor.BLUE);
    }

    @Test
    void prefixedNamespaceIsRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <hik:EventNotificationAlert xmlns:hik="http://www.hikvision.com/ver20/XMLSchema">
                <hik:dateTime>2026-12-04T08:30:15+08:00</hik:dateTime>
                <hik:eventType>ANPR</hik:eventType>
                <hik:eventState>active</hik:eventState>
                <hik:ANPR><hik:licensePlate>晋E1234挂</hik:licensePlate><hik:plateColor>yellow</hik:plateColor></hik:ANPR>
                </hik:EventNotificationAlert>
                """;

        PlateEvent event = (PlateEvent) push(anprPush(xml, jpeg(1), jpeg(2)));

        assertThat(event.plate().trailer()).isTrue();
        assertThat(event.eventId()).isEqualTo("192.168.1.64@2026-12-04T00:30:15Z/晋E1234挂");
    }

    @Test
    void inactiveStateIsHeartbeat() {
        String xml = anprXml(HIK_NAMESPACE, "", "unknown", "inactive").replace("<eventType>ANPR", "<eventType>videoloss");
        byte[] body = new CameraBodies.Multipart().part("anpr.xml", "application/xml", ascii(xml), true).end();

        assertThat(push(body)).isEqualTo(new CameraHeartbeat(CameraVendor.HIKVISION, CAMERA));
    }

    @Test
    void xmlWithoutMultipartIsAccepted() {
        byte[] xml = ascii(anprXml(HIK_NAMESPACE, "晋E12345", "yellow", "active"));

        PlateEvent event = (PlateEvent) PlateCameraPushes.hikvision("application/xml", xml, CAMERA);

        assertThat(event.plate().normalized()).isEqualTo("晋E12345");
        assertThat(event.pictures()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"blue, BLUE", "yellow, YELLOW", "white, WHITE", "black, BLACK", "green, GREEN",
            "unknown, UNKNOWN", "purple, UNKNOWN"})
    void plateColourNames(String raw, PlateColor expected) {
        PlateEvent event = (PlateEvent) push(anprPush(anprXml(HIK_NAMESPACE, "晋E12345", raw, "active"),
                jpeg(1), jpeg(2)));

        assertThat(event.color()).isEqualTo(expected);
        assertThat(event.rawColor()).isEqualTo(raw);
    }

    @Test
    void noPlateKeepsRawText() {
        PlateEvent event = (PlateEvent) push(anprPush(anprXml(HIK_NAMESPACE, "无车牌", "unknown", "active"),
                jpeg(1), jpeg(2)));

        assertThat(event.readable()).isFalse();
        assertThat(event.plate().normalized()).isEmpty();
        assertThat(event.rawPlate()).isEqualTo("无车牌");
        assertThat(event.pictures()).hasSize(2);
    }

    @Test
    void otherEventTypeIsRejected() {
        String xml = anprXml(HIK_NAMESPACE, "", "unknown", "active").replace("<eventType>ANPR", "<eventType>VMD");

        assertThatThrownBy(() -> push(anprPush(xml, jpeg(1), jpeg(2))))
                .isInstanceOf(CameraPushException.class)
                .hasMessage("eventType 'VMD' is not ANPR; configure the camera to push only ANPR events");
    }

    @Test
    void externalEntityIsRejected() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE EventNotificationAlert [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <EventNotificationAlert><eventType>ANPR</eventType><eventState>active</eventState>
                <dateTime>2026-12-04T08:30:15+08:00</dateTime>
                <ANPR><licensePlate>&secret;</licensePlate></ANPR></EventNotificationAlert>
                """;

        assertThatThrownBy(() -> push(anprPush(xml, jpeg(1), jpeg(2))))
                .isInstanceOf(CameraPushException.class)
                .hasMessageStartingWith("invalid XML: ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void missingXmlPartIsRejected() {
        byte[] body = new CameraBodies.Multipart().part("detectionPicture.jpg", "image/jpeg", jpeg(1), true).end();

        assertThatThrownBy(() -> push(body))
                .extracting(e -> ((CameraPushException) e).code()).isEqualTo(CameraPushException.Code.MISSING_FIELD);
    }

    @Test
    void invalidDateTimeIsRejected() {
        String xml = anprXml(HIK_NAMESPACE, "晋E12345", "blue", "active")
                .replace("2026-12-04T08:30:15+08:00", "04/12/2026 08:30");

        assertThatThrownBy(() -> push(anprPush(xml, jpeg(1), jpeg(2))))
                .hasMessage("dateTime '04/12/2026 08:30' is not ISO-8601, for example 2026-12-04T08:30:15+08:00");
    }

    @Test
    void dateTimeWithoutOffsetIsChinaTime() {
        String xml = anprXml(HIK_NAMESPACE, "晋E12345", "blue", "active")
                .replace("2026-12-04T08:30:15+08:00", "2026-12-04T08:30:15");

        PlateEvent event = (PlateEvent) push(anprPush(xml, jpeg(1), jpeg(2)));

        assertThat(event.time()).isEqualTo(Instant.parse("2026-12-04T00:30:15Z"));
    }
}
