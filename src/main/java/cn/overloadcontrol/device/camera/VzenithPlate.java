package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraHeartbeat;
import cn.overloadcontrol.device.CameraPush;
import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraPushException.Code;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PlateEvent;
import cn.overloadcontrol.device.PlatePicture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vzenith (臻识) pushes: {@code {"AlarmInfoPlate": {..., "result": {"PlateResult": {...}}}}}, and the
 * reply that opens the barrier or keeps it closed and forwards bytes to the camera's RS-485 port.
 */
public final class VzenithPlate {

    private static final String PLATE = "AlarmInfoPlate.result.PlateResult.";

    /**
     * Colours by Vzenith {@code colorType}, a code set of their own: 0 unknown, 1 blue, 2 yellow,
     * 3 white, 4 black, 5 green.
     */
    private static final List<PlateColor> COLOR_TYPES = List.of(PlateColor.UNKNOWN, PlateColor.BLUE, PlateColor.YELLOW,
            PlateColor.WHITE, PlateColor.BLACK, PlateColor.GREEN);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private VzenithPlate() {
    }

    /**
     * Parses one push; a body with {@code heartbeat} and no {@code AlarmInfoPlate} is a heartbeat.
     *
     * @throws CameraPushException naming the missing or invalid field
     */
    public static CameraPush parse(byte[] body, String cameraAddress) {
        JsonPush json = JsonPush.parse(body);
        if (!json.has("AlarmInfoPlate")) {
            // NOTE: the heartbeat body shape is assumed from firmware that posts {"heartbeat": {...}}.
            if (json.has("heartbeat")) {
                return new CameraHeartbeat(CameraVendor.VZENITH, cameraAddress);
            }
            throw new CameraPushException(Code.MISSING_FIELD, "AlarmInfoPlate is missing, and heartbeat is missing too");
        }
        if (!json.has(PLATE + "license")) {
            throw new CameraPushException(Code.MISSING_FIELD, PLATE + "license is missing");
        }
        String rawPlate = json.text(PLATE + "license");
        PlateNumber plate = PlateTexts.plate(rawPlate);
        String rawColor = json.text(PLATE + "colorType");
        Instant time = time(json);
        Long confidence = json.number(PLATE + "confidence");
        return new PlateEvent(CameraVendor.VZENITH, cameraAddress, eventId(json, time), time, plate, rawPlate,
                color(rawColor), rawColor, confidence == null ? null : Math.toIntExact(confidence),
                json.text(PLATE + "direction"), pictures(json));
    }

    /**
     * Builds the reply: {@code info} "ok" opens the barrier and "no" keeps it closed; each frame
     * in {@code serialFrames} goes to RS-485 channel 0 as {@code {"serialChannel", "data" (base64), "dataLen"}}.
     */
    public static byte[] reply(boolean open, List<byte[]> serialFrames) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("info", open ? "ok" : "no");
        if (!serialFrames.isEmpty()) {
            List<Map<String, Object>> serialData = new ArrayList<>();
            for (byte[] frame : serialFrames) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("serialChannel", 0);
                entry.put("data", Base64.getEncoder().encodeToString(frame));
                entry.put("dataLen", frame.length);
                serialData.add(entry);
            }
            response.put("serialData", serialData);
        }
        return MAPPER.writeValueAsBytes(Map.of("Response_AlarmInfoPlate", response));
    }

    private static Instant time(JsonPush json) {
        Long seconds = json.number(PLATE + "timeStamp.Timeval.sec");
        if (seconds == null) {
            throw new CameraPushException(Code.MISSING_FIELD, PLATE + "timeStamp.Timeval.sec is missing");
        }
        Long micros = json.number(PLATE + "timeStamp.Timeval.usec");
        return Instant.ofEpochSecond(seconds, micros == null ? 0 : micros * 1000);
    }

    /** Uses the camera's serial number and plate id; without a plate id, the read time in microseconds. */
    private static String eventId(JsonPush json, Instant time) {
        String serial = json.text("AlarmInfoPlate.serialno");
        String plateId = json.text(PLATE + "plateid");
        return serial + "/" + (plateId.isEmpty() ? time.toString() : plateId);
    }

    static PlateColor color(String rawColor) {
        if (!rawColor.matches("\\d{1,2}")) {
            return PlateColor.UNKNOWN;
        }
        int code = Integer.parseInt(rawColor);
        return code < COLOR_TYPES.size() ? COLOR_TYPES.get(code) : PlateColor.UNKNOWN;
    }

    private static List<PlatePicture> pictures(JsonPush json) {
        List<PlatePicture> pictures = new ArrayList<>();
        byte[] image = json.base64(PLATE + "imageFile");
        if (image != null) {
            pictures.add(new PlatePicture("imageFile", "image/jpeg", image));
        }
        byte[] fragment = json.base64(PLATE + "imageFragmentFile");
        if (fragment != null) {
            pictures.add(new PlatePicture("imageFragmentFile", "image/jpeg", fragment));
        }
        return pictures;
    }
}
