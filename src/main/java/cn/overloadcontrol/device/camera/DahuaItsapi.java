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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dahua ITSAPI pushes: plate reads as JSON to {@code /NotificationInfo/TollgateInfo}, heartbeats
 * to {@code /NotificationInfo/KeepAlive}. Plates "--" and "unlicensed" mean no plate was read.
 */
public final class DahuaItsapi {

    public static final String TOLLGATE_PATH = "/NotificationInfo/TollgateInfo";
    public static final String KEEP_ALIVE_PATH = "/NotificationInfo/KeepAlive";

    /** {@code AccurateTime}, camera local time with milliseconds. */
    private static final DateTimeFormatter ACCURATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private DahuaItsapi() {
    }

    /**
     * Parses one push by its request path.
     *
     * @param zone the camera's time zone, because {@code AccurateTime} has no offset
     * @throws CameraPushException naming the unknown path or the missing or invalid field
     */
    public static CameraPush parse(String path, byte[] body, String cameraAddress, ZoneId zone) {
        if (path.endsWith(KEEP_ALIVE_PATH)) {
            return new CameraHeartbeat(CameraVendor.DAHUA, cameraAddress);
        }
        if (!path.endsWith(TOLLGATE_PATH)) {
            throw new CameraPushException(Code.UNSUPPORTED_EVENT, "path '" + path + "' is neither "
                    + TOLLGATE_PATH + " nor " + KEEP_ALIVE_PATH);
        }
        JsonPush json = JsonPush.parse(body);
        if (!json.has("Picture")) {
            throw new CameraPushException(Code.MISSING_FIELD, "Picture is missing from the TollgateInfo push");
        }
        String accurateTime = json.text("Picture.SnapInfo.AccurateTime");
        Instant time = time(accurateTime, zone);
        String rawPlate = json.text("Picture.Plate.PlateNumber");
        PlateNumber plate = PlateTexts.plate(rawPlate);
        String rawColor = json.text("Picture.Plate.PlateColor");
        Long confidence = json.number("Picture.Plate.Confidence");
        // NOTE: no event id field is used for Dahua yet; camera, time and plate identify a read.
        String eventId = cameraAddress + "@" + accurateTime + "/" + plate.normalized();
        return new PlateEvent(CameraVendor.DAHUA, cameraAddress, eventId, time, plate, rawPlate,
                PlateTexts.colorByName(rawColor), rawColor, confidence == null ? null : Math.toIntExact(confidence),
                json.text("Picture.SnapInfo.Direction"), pictures(json));
    }

    private static List<PlatePicture> pictures(JsonPush json) {
        List<PlatePicture> pictures = new ArrayList<>();
        byte[] normal = json.base64("Picture.NormalPic.Content");
        if (normal != null) {
            pictures.add(new PlatePicture("NormalPic", "image/jpeg", normal));
        }
        byte[] cutout = json.base64("Picture.CutoutPic.Content");
        if (cutout != null) {
            pictures.add(new PlatePicture("CutoutPic", "image/jpeg", cutout));
        }
        return pictures;
    }

    private static Instant time(String text, ZoneId zone) {
        if (text.isEmpty()) {
            throw new CameraPushException(Code.MISSING_FIELD, "Picture.SnapInfo.AccurateTime is missing");
        }
        try {
            return LocalDateTime.parse(text, ACCURATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new CameraPushException(Code.INVALID_FIELD, "Picture.SnapInfo.AccurateTime '" + text
                    + "' is not YYYY-MM-DD HH:MM:SS.fff");
        }
    }
}
