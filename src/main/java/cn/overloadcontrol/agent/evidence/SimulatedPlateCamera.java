package cn.overloadcontrol.agent.evidence;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plate camera of {@code station --simulate}: when a simulated truck drives on, it posts a
 * Hikvision ISAPI ANPR push (multipart/form-data with the XML part and a generated JPEG of the
 * plate) over HTTP to this station's own endpoint, as a camera on the LAN would. About one push in
 * eight carries no readable plate, as happens with dirty or covered plates.
 */
public final class SimulatedPlateCamera implements AutoCloseable {

    public static final String CAMERA_ID = "sim-plate";
    private static final Logger log = LoggerFactory.getLogger(SimulatedPlateCamera.class);
    private static final DateTimeFormatter CAMERA_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.ofHours(8));
    private static final int UNREADABLE_ONE_IN = 8;
    private static final Duration ENDPOINT_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-plate-camera");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final Random random;
    private volatile String endpoint;
    private final CountDownLatch endpointKnown = new CountDownLatch(1);
    private volatile String truckPlate = "";

    public SimulatedPlateCamera(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    /** Sets the station's own Hikvision endpoint, once the web server has its port. */
    public void pushTo(String host, int port) {
        this.endpoint = "http://" + host + ":" + port + "/camera/hikvision";
        endpointKnown.countDown();
    }

    /** Returns the plate of the truck on the scale, for the simulated cameras' pictures. */
    public String truckPlate() {
        return truckPlate;
    }

    /** Pushes a read of {@code plate} on a worker thread; {@code color} is a Hikvision colour name. */
    public void truckDrivesOn(String plate, String color) {
        truckPlate = plate;
        boolean unreadable = random.nextInt(UNREADABLE_ONE_IN) == 0;
        try {
            sender.execute(() -> push(unreadable ? "无车牌" : plate, unreadable ? "unknown" : color));
        } catch (RejectedExecutionException e) {
            log.debug("Simulated plate camera stopped; no push for {}", plate);
        }
    }

    private void push(String plate, String color) {
        try {
            // The simulator's first truck can drive on while the web server is still starting.
            if (!endpointKnown.await(ENDPOINT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Station web server not started within {}; simulated read of {} dropped", ENDPOINT_WAIT,
                        plate);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String target = endpoint;
        String boundary = "MIME_boundary_" + UUID.randomUUID();
        byte[] body = multipart(boundary, anprXml(plate, color), plateJpeg(plate, color));
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("Station rejected the simulated plate camera's push with HTTP {}: {}", response.statusCode(),
                        response.body());
            }
        } catch (IOException e) {
            log.warn("Simulated plate camera could not push to {}: {}", target, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String anprXml(String plate, String color) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
                <ipAddress>127.0.0.1</ipAddress>
                <portNo>80</portNo>
                <protocol>HTTP</protocol>
                <macAddress>00:00:00:00:00:00</macAddress>
                <channelID>1</channelID>
                <dateTime>%s</dateTime>
                <activePostCount>1</activePostCount>
                <eventType>ANPR</eventType>
                <eventState>active</eventState>
                <eventDescription>ANPR</eventDescription>
                <ANPR>
                <country>CN</country>
                <licensePlate>%s</licensePlate>
                <line>1</line>
                <direction>forward</direction>
                <confidenceLevel>%d</confidenceLevel>
                <plateType>truck</plateType>
                <plateColor>%s</plateColor>
                </ANPR>
                <UUID>%s</UUID>
                </EventNotificationAlert>
                """.formatted(CAMERA_TIME.format(clock.instant()), plate, 85 + random.nextInt(15), color,
                UUID.randomUUID());
    }

    private static byte[] multipart(String boundary, String xml, byte[] jpeg) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "anpr.xml", "application/xml; charset=\"UTF-8\"", xml.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "licensePlatePicture.jpg", "image/jpeg", jpeg);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String contentType,
            byte[] content) {
        String headers = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        body.writeBytes(headers.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Draws the plate, white text on blue or black text on yellow, as a 440 × 140 JPEG. */
    static byte[] plateJpeg(String plate, String color) {
        BufferedImage image = new BufferedImage(440, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            boolean blue = color.equals("blue");
            graphics.setColor(blue ? new Color(0x1f, 0x4e, 0xb4) : new Color(0xf2, 0xc1, 0x1d));
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(blue ? Color.WHITE : Color.BLACK);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            graphics.drawString(plate, 24, 95);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the simulated plate picture", e);
        }
        return jpeg.toByteArray();
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
