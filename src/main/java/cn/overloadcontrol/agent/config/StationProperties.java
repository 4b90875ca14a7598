package cn.overloadcontrol.agent.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the station mode ({@code station.*} in application-station.yml).
 *
 * @param dataDir           folder of the journal, the delivery cursor, the credential and the operator password
 * @param direction         OUTBOUND or INBOUND: which way trucks cross this weighbridge
 * @param laneNo            the lane number registered on the platform, or empty
 * @param heartbeatInterval how often the station reports its status to the platform
 * @param simulate          drive the weighing cycle from the built-in indicator simulator
 * @param cameras           the lane's RTSP cameras and plate cameras
 */
@ConfigurationProperties("station")
public record StationProperties(
        @DefaultValue("./data/station") Path dataDir,
        @DefaultValue("OUTBOUND") String direction,
        Integer laneNo,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue Forward forward,
        @DefaultValue Indicator indicator,
        @DefaultValue("false") boolean simulate,
        @DefaultValue Cameras cameras) {

    /**
     * Sending records to the platform.
     *
     * @param batchSize  records per request, 1 to 500
     * @param firstRetry wait after the first failure in a row; it doubles up to {@code maxRetry}
     */
    public record Forward(@DefaultValue("100") int batchSize, @DefaultValue("1s") Duration firstRetry,
            @DefaultValue("60s") Duration maxRetry) {
    }

    /**
     * The weighing indicator link.
     *
     * @param transport    {@code serial} (local port), {@code tcp} (serial device server) or {@code none}
     * @param port         serial port, for example {@code /dev/ttyUSB0} or {@code COM3}
     * @param baud         serial baud rate
     * @param format       data bits, parity and stop bits, for example {@code 8N1}
     * @param host         serial device server address, for {@code tcp}
     * @param tcpPort      serial device server port, for {@code tcp}
     * @param protocol     indicator protocol id, see {@code tools decode --help}
     * @param silenceLimit no valid frame for this long marks the indicator offline and reopens the link
     */
    public record Indicator(@DefaultValue("none") String transport, @DefaultValue("/dev/ttyUSB0") String port,
            @DefaultValue("9600") int baud, @DefaultValue("8N1") String format, String host, Integer tcpPort,
            @DefaultValue("yaohua-a9") String protocol, @DefaultValue("5s") Duration silenceLimit) {
    }

    /**
     * The lane's cameras.
     *
     * @param clipLength   length of the clip each RTSP camera records when the weight is stable
     * @param maxClipBytes a larger clip is kept on this PC but not sent, and the record lists it as missing;
     *                     the platform takes at most 4 MiB per request
     * @param plateBefore  plate reads this long before the stable time belong to the passage
     * @param plateAfter   plate reads this long after the stable time belong to the passage
     * @param plateSilence a plate camera without a push (event or heartbeat) for this long is reported offline
     * @param ledWait      the record waits this long for the LED board's entry before it is sent without it
     * @param rtsp         snapshot and clip cameras
     * @param plate        plate-recognition cameras that push their reads to this station
     */
    public record Cameras(@DefaultValue("10s") Duration clipLength, @DefaultValue("3670016") long maxClipBytes,
            @DefaultValue("60s") Duration plateBefore, @DefaultValue("10s") Duration plateAfter,
            @DefaultValue("5m") Duration plateSilence, @DefaultValue("5s") Duration ledWait,
            @DefaultValue List<Rtsp> rtsp, @DefaultValue List<Plate> plate) {
    }

    /**
     * One RTSP camera.
     *
     * @param id       short name, unique in the station, such as {@code front}
     * @param position FRONT, REAR, SIDE, TOP or CARGO
     * @param url      {@code rtsp://host[:port]/path} without user and password
     * @param clipUrl  the stream for clips, usually the camera's sub-stream; empty to use {@code url}
     * @param username RTSP user, or empty
     * @param password {@code enc:...} as printed by {@code station camera-secret}, or empty; a plain text
     *                 password is rejected at start
     */
    public record Rtsp(String id, String position, String url, String clipUrl, String username, String password) {
    }

    /**
     * One plate-recognition camera.
     *
     * @param id      short name, unique in the station, such as {@code plate-in}
     * @param vendor  HIKVISION, DAHUA or VZENITH
     * @param address the camera's IP address; pushes from other addresses are rejected
     */
    public record Plate(String id, String vendor, String address) {
    }
}
