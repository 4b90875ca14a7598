package cn.overloadcontrol.device.camera;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Request bodies built the way the cameras build them. */
final class CameraBodies {

    static final String BOUNDARY = "MIME_boundary";

    private CameraBodies() {
    }

    /**
     * Builds a small "JPEG" whose bytes contain CRLF, dashes, CRLF followed by two dashes, and the
     * boundary text without its leading dashes. A parser that splits on less than CRLF plus the
     * full delimiter cuts it apart.
     */
    static byte[] jpeg(int seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10});
        bytes.writeBytes(ascii("JFIF\r\n--\r\n-- " + BOUNDARY + "\r\n--MIME_bound\r\n\r\n"));
        for (int i = 0; i < 64; i++) {
            bytes.write((i * 37 + seed) & 0xFF);
        }
        bytes.writeBytes(new byte[] {0x0D, 0x0A, 0x2D, 0x2D, 0x00, (byte) 0xFF, (byte) 0xD9});
        return bytes.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Builds multipart/form-data parts; each part may carry its own Content-Type and Content-Length. */
    static final class Multipart {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart part(String name, String contentType, byte[] content, boolean withLength) {
            StringBuilder headers = new StringBuilder("--" + BOUNDARY + "\r\n");
            headers.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                    .append(name).append("\"\r\n");
            headers.append("Content-Type: ").append(contentType).append("\r\n");
            if (withLength) {
                headers.append("Content-Length: ").append(content.length).append("\r\n");
            }
            headers.append("\r\n");
            body.writeBytes(ascii(headers.toString()));
            body.writeBytes(content);
            body.writeBytes(ascii("\r\n"));
            return this;
        }

        byte[] end() {
            body.writeBytes(ascii("--" + BOUNDARY + "--\r\n"));
            return body.toByteArray();
        }
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** Builds an ANPR alert as Hikvision firmware writes it, in the given namespace. */
    static String anprXml(String namespace, String plate, String color, String state) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <EventNotificationAlert version="2.0" xmlns="%s">
                <ipAddress>192.168.1.64</ipAddress>
                <portNo>80</portNo>
                <protocol>HTTP</protocol>
                <macAddress>44:19:b6:00:00:01</macAddress>
                <channelID>1</channelID>
                <dateTime>2026-12-04T08:30:15+08:00</dateTime>
                <activePostCount>1</activePostCount>
                <eventType>ANPR</eventType>
                <eventState>%s</eventState>
                <eventDescription>ANPR</eventDescription>
                <ANPR>
                <country>CN</country>
                <licensePlate>%s</licensePlate>
                <line>1</line>
                <direction>forward</direction>
                <confidenceLevel>97</confidenceLevel>
                <plateType>truck</plateType>
                <plateColor>%s</plateColor>
                </ANPR>
                <UUID>e3b5a6c8-0000-4000-8000-000000000001</UUID>
                </EventNotificationAlert>
                """.formatted(namespace, state, plate, color);
    }
}
