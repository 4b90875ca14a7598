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
 * @param commandPoll       how often a paired station polls the platform for queued commands
 * @param boards            the lane's LED boards; empty for none
 * @param ledTexts          the board texts per verdict
 * @param exitWindow        how old a record may be and still decide the exit barrier for its plate
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
        @DefaultValue("3s") Duration commandPoll,
        List<Board> boards,
        @DefaultValue LedTexts ledTexts,
        @DefaultValue("30m") Duration exitWindow,
        @DefaultValue Cameras cameras) {

    public StationProperties {
        boards = boards == null ? List.of() : List.copyOf(boards);
    }

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
     * One LED board at the lane exit.
     *
     * @param id             the board's name in health reports and test commands, for example {@code exit}
     * @param protocol       {@code onbon-bx5k}, {@code onbon-bx6k} (same protocol) or {@code rs485-board}
     * @param transport      {@code tcp} (the card's network port or a serial device server) or {@code serial}
     * @param host           address of the card or serial device server, for {@code tcp}
     * @param tcpPort        its port; Onbon cards listen on 5005
     * @param serialPort     local serial port, for example {@code /dev/ttyUSB1} or {@code COM4}, for {@code serial}
     * @param baud           serial baud rate
     * @param format         data bits, parity and stop bits, for example {@code 8N1}
     * @param address        the RS-485 board's bus address, 0 to 255
     * @param width          screen width in pixels, for Onbon cards
     * @param height         screen height in pixels, for Onbon cards
     * @param attempts       sends of one message, counting resends and reconnects
     * @param connectTimeout wait for the TCP connection on each attempt
     * @param replyTimeout   wait for an Onbon card's reply on each attempt
     */
    public record Board(String id, @DefaultValue("onbon-bx5k") String protocol, @DefaultValue("tcp") String transport,
            String host, @DefaultValue("5005") int tcpPort, @DefaultValue("/dev/ttyUSB1") String serialPort,
            @DefaultValue("9600") int baud, @DefaultValue("8N1") String format, @DefaultValue("0") int address,
            @DefaultValue("128") int width, @DefaultValue("32") int height, @DefaultValue("3") int attempts,
            @DefaultValue("1s") Duration connectTimeout, @DefaultValue("1s") Duration replyTimeout) {
    }

    /**
     * The board texts per local verdict. A {@code |} separates board lines; the placeholders are
     * {@code {plate}}, {@code {grossT}}, {@code {limitT}} and {@code {excessT}} (tonnes, two decimals).
     */
    public record LedTexts(
            @DefaultValue LedText compliant,
            @DefaultValue LedText overLimit,
            @DefaultValue LedText unknown) {

        public LedTexts {
            compliant = compliant.orDefault("{plate}|{grossT}吨 正常|请通行", "{plate} 请通行");
            overLimit = overLimit.orDefault("{plate}|{grossT}吨 超限{excessT}吨|禁止出场", "{plate} 超限 禁止出场");
            unknown = unknown.orDefault("{plate}|{grossT}吨|结论未知 请等候", "{plate} 请等候");
        }
    }

    /**
     * One board text.
     *
     * @param text  the lines, separated by {@code |}
     * @param voice what a board with a voice module speaks, or empty
     */
    public record LedText(String text, String voice) {

        LedText orDefault(String defaultText, String defaultVoice) {
            return text == null || text.isBlank() ? new LedText(defaultText, voice == null ? defaultVoice : voice)
                    : this;
        }
    }

    /**
     * The lane's cameras.
     *
     * @param clipLength   length of the clip each RTSP camera records when the weight is stable
     * @param maxClipBytes a larger clip is kept on this PC but not sent, and the record lists it as missing;
     *                     the platform takes at most 4 MiB per request
     * @param plateBefore  plate reads this long before the truck came on belong to the passage
     * @param plateAfter   plate reads this long after the stable time belong to the passage
     * @param plateSilence a plate camera without a push (event or heartbeat) for this long is reported offline
     * @param ledWait      the record waits this long for the LED board's entry before it is sent without it
     * @param rtsp         snapshot and clip cameras
     * @param plate        plate-recognition cameras that push their reads to this station
     */
    public record Cameras(@DefaultValue("10s") Duration clipLength, @DefaultValue("3670016") long maxClipBytes,
            @DefaultValue("10s") Duration plateBefore, @DefaultValue("10s") Duration plateAfter,
            @DefaultValue("5m") Duration plateSilence, @DefaultValue("10s") Duration ledWait,
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
