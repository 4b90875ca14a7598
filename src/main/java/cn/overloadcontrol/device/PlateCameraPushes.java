package cn.overloadcontrol.device;

import cn.overloadcontrol.device.camera.DahuaItsapi;
import cn.overloadcontrol.device.camera.HikvisionAnpr;
import cn.overloadcontrol.device.camera.VzenithPlate;
import cn.overloadcontrol.device.led.Rs485BoardFrames;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the HTTP pushes of plate-recognition cameras into {@link PlateEvent}s and heartbeats,
 * and builds the Vzenith reply. The HTTP endpoints themselves belong to the station; check the
 * sender with {@link CameraAllowList} first, because these pushes carry no authentication.
 */
public final class PlateCameraPushes {

    /** Zone of camera clocks that send local time without an offset. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PlateCameraPushes() {
    }

    /**
     * Parses a Hikvision ISAPI ANPR push (multipart/form-data, or the XML alone).
     *
     * @throws CameraPushException naming what is missing or invalid
     */
    public static CameraPush hikvision(String contentType, byte[] body, String cameraAddress) {
        return HikvisionAnpr.parse(contentType, body, cameraAddress, CHINA);
    }

    /**
     * Parses a Dahua ITSAPI push by its path: {@code /NotificationInfo/TollgateInfo} or
     * {@code /NotificationInfo/KeepAlive}; times are read in China Standard Time.
     *
     * @throws CameraPushException naming the unknown path or what is missing or invalid
     */
    public static CameraPush dahua(String path, byte[] body, String cameraAddress) {
        return DahuaItsapi.parse(path, body, cameraAddress, CHINA);
    }

    /**
     * Parses a Vzenith AlarmInfoPlate push.
     *
     * @throws CameraPushException naming what is missing or invalid
     */
    public static CameraPush vzenith(byte[] body, String cameraAddress) {
        return VzenithPlate.parse(body, cameraAddress);
    }

    /**
     * Builds the Vzenith reply body: {@code open} lifts the barrier, and {@code board}, when not
     * {@code null}, goes to the RS-485 board at address 0 behind the camera.
     *
     * @throws IllegalArgumentException when the text does not fit the board
     */
    public static byte[] vzenithReply(boolean open, LedMessage board) {
        List<byte[]> frames = new ArrayList<>();
        if (board != null) {
            frames.add(Rs485BoardFrames.encode(0, board).bytes());
        }
        return VzenithPlate.reply(open, frames);
    }
}
