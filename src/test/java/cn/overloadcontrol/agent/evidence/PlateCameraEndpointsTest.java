package cn.overloadcontrol.agent.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import cn.overloadcontrol.agent.StationApplication;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * The station's plate-camera endpoints over real HTTP, with pushes built as the cameras build
 * them. Loopback has many addresses, so each camera sends from its own (127.0.0.1 Hikvision,
 * 127.0.0.3 Vzenith, 127.0.0.4 Dahua) and 127.0.0.2 is a sender that is not configured.
 */
@SpringBootTest(classes = StationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({StationApplication.PROFILE, "test"})
class PlateCameraEndpointsTest {

    private static final Path DATA_DIR = createDataDir();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "MIME_boundary";
    private static final DateTimeFormatter CAMERA_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.ofHours(8));

    @DynamicPropertySource
    static void cameras(DynamicPropertyRegistry registry) {
        registry.add("station.data-dir", DATA_DIR::toString);
        registry.add("station.cameras.plate[0].id", () -> "plate-in");
        registry.add("station.cameras.plate[0].vendor", () -> "HIKVISION");
        registry.add("station.cameras.plate[0].address", () -> "127.0.0.1");
        registry.add("station.cameras.plate[1].id", () -> "exit-vz");
        registry.add("station.cameras.plate[1].vendor", () -> "VZENITH");
        registry.add("station.cameras.plate[1].address", () -> "127.0.0.3");
        registry.add("station.cameras.plate[2].id", () -> "lane-dh");
        registry.add("station.cameras.plate[2].vendor", () -> "DAHUA");
        registry.add("station.cameras.plate[2].address", () -> "127.0.0.4");
    }

    @LocalServerPort
    int port;
    @Autowired
    Journal journal;
    @Autowired
    MediaStore media;
    @Autowired
    PassageDesk desk;
    @Autowired
    StationCameras cameras;
    @Autowired
    MockMvc mvc;

    @Test
    void hikvisionPushIsJournaledOnce() throws Exception {
        String plate = "晋E" + uniqueDigits();
        String eventId = UUID.randomUUID().toString();
        byte[] detection = jpeg(1);
        byte[] body = anprPush(anprXml(plate, "active", eventId, Instant.now()), detection, jpeg(2));

        Reply first = post("127.0.0.1", "/camera/hikvision", multipartType(), body);
        Reply repeat = post("127.0.0.1", "/camera/hikvision", multipartType(), body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).isEqualTo(200);
        List<JournalEntry> reads = readsOf(plate);
        assertThat(reads).hasSize(1);
        JournalEntry read = reads.get(0);
        assertThat(read.text("cameraId")).isEqualTo("plate-in");
        assertThat(read.text("vendor")).isEqualTo("HIKVISION");
        assertThat(read.data().path("readable").asBoolean()).isTrue();
        assertThat(read.text("rawColor")).isEqualTo("yellow");
        assertThat(media.read(read.text("pictureSha256"))).hasValue(detection);
    }

    @Test
    void heartbeatIsIgnored() throws Exception {
        int before = journal.entries().size();

        Reply reply = post("127.0.0.1", "/camera/hikvision", multipartType(),
                anprPush(anprXml("", "inactive", UUID.randomUUID().toString(), Instant.now()), jpeg(3), jpeg(4)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(journal.entries()).hasSize(before);
        ObjectNodeProbe probe = heartbeatPart();
        assertThat(probe.state("plate-in")).isEqualTo("ONLINE");
    }

    @Test
    void unknownSenderIsRejected() throws Exception {
        String plate = "晋E" + uniqueDigits();

        Reply reply = post("127.0.0.2", "/camera/hikvision", multipartType(),
                anprPush(anprXml(plate, "active", UUID.randomUUID().toString(), Instant.now()), jpeg(5), jpeg(6)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("127.0.0.2");
        assertThat(readsOf(plate)).isEmpty();
    }

    @Test
    void invalidPushGetsCode() throws Exception {
        Reply reply = post("127.0.0.1", "/camera/hikvision", "application/xml",
                "<EventNotificationAlert><eventType>ANPR".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).startsWith("invalid_xml");
    }

    @Test
    void vzenithReplyKeepsBarrierClosed() throws Exception {
        String plate = "晋E" + uniqueDigits();
        String alarm = """
                {"AlarmInfoPlate": {"channel": 0, "deviceName": "exit", "ipaddr": "127.0.0.3", "serialno": "%s",
                  "result": {"PlateResult": {"license": "%s", "confidence": 95, "colorType": 2, "plateid": 7,
                    "timeStamp": {"Timeval": {"sec": %d, "usec": 0}},
                    "imageFile": "%s", "imageFragmentFile": ""}}}}
                """.formatted(UUID.randomUUID(), plate, Instant.now().getEpochSecond(),
                Base64.getEncoder().encodeToString(jpeg(7)));

        Reply reply = post("127.0.0.3", "/camera/vzenith", "application/json", alarm.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = JSON.readTree(reply.body()).path("Response_AlarmInfoPlate");
        assertThat(answer.path("info").asString()).isEqualTo("no");
        assertThat(readsOf(plate)).singleElement()
                .satisfies(read -> assertThat(read.text("vendor")).isEqualTo("VZENITH"));
    }

    @Test
    void dahuaPushIsJournaled() throws Exception {
        String plate = "晋E" + uniqueDigits();
        String tollgate = """
                {"Picture": {
                  "SnapInfo": {"DeviceID": "lane-1", "AccurateTime": "%s", "Direction": "Approach"},
                  "Plate": {"PlateNumber": "%s", "PlateColor": "Yellow", "Confidence": 92},
                  "NormalPic": {"PicName": "normal.jpg", "Content": "%s"}
                }}
                """.formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.ofHours(8))
                        .format(Instant.now()), plate, Base64.getEncoder().encodeToString(jpeg(8)));

        Reply keepAlive = post("127.0.0.4", "/NotificationInfo/KeepAlive", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        Reply event = post("127.0.0.4", "/NotificationInfo/TollgateInfo", "application/json",
                tollgate.getBytes(StandardCharsets.UTF_8));

        assertThat(keepAlive.status()).isEqualTo(200);
        assertThat(event.status()).isEqualTo(200);
        assertThat(readsOf(plate)).singleElement()
                .satisfies(read -> assertThat(read.text("cameraId")).isEqualTo("lane-dh"));
    }

    @Test
    void matchedReadPrefillsOperatorForm() throws Exception {
        String plate = "晋E" + uniqueDigits();
        Instant stableAt = Instant.now();
        post("127.0.0.1", "/camera/hikvision", multipartType(),
                anprPush(anprXml(plate, "active", UUID.randomUUID().toString(), stableAt.minusSeconds(3)), jpeg(9),
                        jpeg(10)));
        long sequence = desk.recordPassage(EvidenceCaptureTest.facts(stableAt));

        mvc.perform(get("/passages/" + sequence).with(user("operator")))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("plateNumber",
                        org.hamcrest.Matchers.equalTo(plate))))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("plateColorCode",
                        org.hamcrest.Matchers.equalTo("2"))));
    }

    private List<JournalEntry> readsOf(String plate) {
        return journal.entries().stream()
                .filter(entry -> entry.type() == EntryType.PLATE_READ && plate.equals(entry.text("plate")))
                .toList();
    }

    private ObjectNodeProbe heartbeatPart() {
        var report = JSON.createObjectNode();
        cameras.contribute(report);
        return new ObjectNodeProbe(report);
    }

    /** Reads one camera's state from a heartbeat's {@code cameras} part. */
    private record ObjectNodeProbe(JsonNode report) {

        String state(String cameraId) {
            for (JsonNode camera : report.path("cameras")) {
                if (camera.path("id").asString().equals(cameraId)) {
                    return camera.path("state").asString();
                }
            }
            return null;
        }
    }

    /** An HTTP reply read off the socket. */
    private record Reply(int status, String body) {
    }

    /** Posts over a socket bound to {@code from}, so the station gets that sender address. */
    private Reply post(String from, String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String content = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Reply(status, dechunk(response, content));
        }
    }

    private static String dechunk(String response, String content) {
        if (!response.toLowerCase().contains("transfer-encoding: chunked")) {
            return content;
        }
        StringBuilder body = new StringBuilder();
        String rest = content;
        while (true) {
            int lineEnd = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            byte[] bytes = rest.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            rest = rest.substring(lineEnd + 2 + chunk.length() + 2);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static byte[] anprPush(String xml, byte[] detection, byte[] plate) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "anpr.xml", "application/xml; charset=\"UTF-8\"", xml.getBytes(StandardCharsets.UTF_8));
        part(body, "detectionPicture.jpg", "image/jpeg", detection);
        part(body, "licensePlatePicture.jpg", "image/jpeg", plate);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String name, String contentType, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + name + "\"\r\nContent-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String anprXml(String plate, String state, String eventId, Instant at) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
                <ipAddress>127.0.0.1</ipAddress>
                <dateTime>%s</dateTime>
                <eventType>ANPR</eventType>
                <eventState>%s</eventState>
                <ANPR>
                <licensePlate>%s</licensePlate>
                <direction>forward</direction>
                <confidenceLevel>97</confidenceLevel>
                <plateColor>yellow</plateColor>
                </ANPR>
                <UUID>%s</UUID>
                </EventNotificationAlert>
                """.formatted(CAMERA_TIME.format(at), state, plate, eventId);
    }

    /** Builds a small JPEG-like body whose bytes contain CRLF, dashes and the boundary text, as real pictures can. */
    private static byte[] jpeg(int seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10});
        bytes.writeBytes(("JFIF\r\n--\r\n--" + BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 64; i++) {
            bytes.write((i * 31 + seed) & 0xFF);
        }
        bytes.writeBytes(new byte[] {0x0D, 0x0A, 0x2D, 0x2D, (byte) 0xFF, (byte) 0xD9});
        return bytes.toByteArray();
    }

    private static String uniqueDigits() {
        return String.format("%05d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000));
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("station-cameras");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
