package cn.overloadcontrol.agent.config;

import java.nio.file.Path;
import java.time.Duration;

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
 */
@ConfigurationProperties("station")
public record StationProperties(
        @DefaultValue("./data/station") Path dataDir,
        @DefaultValue("OUTBOUND") String direction,
        Integer laneNo,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue Forward forward,
        @DefaultValue Indicator indicator,
        @DefaultValue("false") boolean simulate) {

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
}
