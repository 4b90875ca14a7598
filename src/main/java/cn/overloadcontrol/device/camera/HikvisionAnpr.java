package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraHeartbeat;
import cn.overloadcontrol.device.CameraPush;
import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraPushException.Code;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PlateEvent;
import cn.overloadcontrol.device.PlatePicture;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hikvision ISAPI ANPR pushes: multipart/form-data with the XML part {@code anpr.xml} (root
 * {@code EventNotificationAlert}) and JPEG parts such as {@code detectionPicture.jpg} and
 * {@code licensePlatePicture.jpg}. Some firmware posts the XML alone. {@code eventState}
 * {@code inactive} is a heartbeat.
 */
public final class HikvisionAnpr {

    private static final String ROOT = "EventNotificationAlert";

    private HikvisionAnpr() {
    }

    /**
     * Parses one push.
     *
     * @param contentType   the request's Content-Type
     * @param body          the request body
     * @param cameraAddress the address the push came from
     * @param zone          zone of a {@code dateTime} without offset
     * @throws CameraPushException naming what is missing or invalid
     */
    public static CameraPush parse(String contentType, byte[] body, String cameraAddress, ZoneId zone) {
        String boundary = Multipart.boundary(contentType);
        byte[] xml = body;
        List<PlatePicture> pictures = new ArrayList<>();
        if (boundary != null) {
            List<Multipart.Part> parts = Multipart.parse(boundary, body);
            xml = xmlPart(parts);
            pictures = pictures(parts);
        }
        XmlDocument document = XmlDocument.parse(xml);
        if (!document.rootName().equals(ROOT)) {
            throw new CameraPushException(Code.INVALID_XML, "XML root is " + document.rootName() + ", expected " + ROOT);
        }
        if (document.text("eventState").equalsIgnoreCase("inactive")) {
            return new CameraHeartbeat(CameraVendor.HIKVISION, cameraAddress);
        }
        String eventType = document.text("eventType");
        if (!eventType.equalsIgnoreCase("ANPR")) {
            throw new CameraPushException(Code.UNSUPPORTED_EVENT, "eventType '" + eventType
                    + "' is not ANPR; configure the camera to push only ANPR events");
        }
        return event(document, cameraAddress, zone, pictures);
    }

    private static PlateEvent event(XmlDocument document, String cameraAddress, ZoneId zone,
                                    List<PlatePicture> pictures) {
        Instant time = time(document.text("dateTime"), zone);
        String rawPlate = document.text("ANPR", "licensePlate");
        PlateNumber plate = PlateTexts.plate(rawPlate);
        String rawColor = document.text("ANPR", "plateColor");
        String uuid = document.text("UUID");
        String eventId = uuid.isEmpty() ? cameraAddress + "@" + time + "/" + plate.normalized() : uuid;
        return new PlateEvent(CameraVendor.HIKVISION, cameraAddress, eventId, time, plate, rawPlate,
                PlateTexts.colorByName(rawColor), rawColor, confidence(document.text("ANPR", "confidenceLevel")),
                document.text("ANPR", "direction"), pictures);
    }

    /** Takes the part named {@code anpr.xml}, else the first part with an XML content type. */
    private static byte[] xmlPart(List<Multipart.Part> parts) {
        for (Multipart.Part part : parts) {
            if (part.name().equalsIgnoreCase("anpr.xml") || part.filename().equalsIgnoreCase("anpr.xml")) {
                return part.content();
            }
        }
        for (Multipart.Part part : parts) {
            if (part.contentType().endsWith("/xml")) {
                return part.content();
            }
        }
        throw new CameraPushException(Code.MISSING_FIELD, "multipart body has no anpr.xml part and no XML part");
    }

    private static List<PlatePicture> pictures(List<Multipart.Part> parts) {
        List<PlatePicture> pictures = new ArrayList<>();
        for (Multipart.Part part : parts) {
            String name = part.name().isEmpty() ? part.filename() : part.name();
            boolean jpegName = name.toLowerCase(Locale.ROOT).endsWith(".jpg");
            if (part.contentType().startsWith("image/") || jpegName) {
                String type = part.contentType().startsWith("image/") ? part.contentType() : "image/jpeg";
                pictures.add(new PlatePicture(name, type, part.content()));
            }
        }
        return pictures;
    }

    private static Instant time(String text, ZoneId zone) {
        if (text.isEmpty()) {
            throw new CameraPushException(Code.MISSING_FIELD, "dateTime is missing");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new CameraPushException(Code.INVALID_FIELD, "dateTime '" + text
                        + "' is not ISO-8601, for example 2026-12-04T08:30:15+08:00");
            }
        }
    }

    static Integer confidence(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new CameraPushException(Code.INVALID_FIELD, "confidence '" + text + "' is not a whole number");
        }
    }
}
