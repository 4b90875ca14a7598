package cn.overloadcontrol.device;

import cn.overloadcontrol.device.transport.IndicatorConnection;
import cn.overloadcontrol.device.transport.SerialLink;
import cn.overloadcontrol.device.transport.SerialSettings;
import cn.overloadcontrol.device.transport.TcpLink;
import cn.overloadcontrol.device.transport.WatchdogSettings;
import java.time.Duration;
import java.util.Map;

/**
 * Creates indicator readers for other modules, which may not use the transport subpackage:
 * a local serial port or a serial device server, reopened after {@code silenceLimit} without a
 * valid frame with a delay doubling from 1 s up to 60 s.
 */
public final class IndicatorLinks {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FIRST_REOPEN = Duration.ofSeconds(1);
    private static final Duration MAX_REOPEN = Duration.ofSeconds(60);

    private IndicatorLinks() {
    }

    /**
     * Creates a reader of a local serial port, for example {@code /dev/ttyUSB0 9600 8N1}.
     *
     * @throws IllegalArgumentException naming the invalid path, baud rate or format
     */
    public static IndicatorLink serial(String path, int baud, String format, IndicatorProtocol protocol,
                                       Map<String, String> options, IndicatorResultListener results,
                                       IndicatorHealthListener health, Duration silenceLimit) {
        SerialLink link = new SerialLink(SerialSettings.of(path, baud, format), POLL);
        return new IndicatorConnection(link, protocol, options, results, health, watchdog(silenceLimit));
    }

    /**
     * Creates a reader of a serial device server that forwards the indicator as raw TCP.
     *
     * @throws IllegalArgumentException naming the invalid port
     */
    public static IndicatorLink tcp(String host, int port, Duration connectTimeout, IndicatorProtocol protocol,
                                    Map<String, String> options, IndicatorResultListener results,
                                    IndicatorHealthListener health, Duration silenceLimit) {
        TcpLink link = new TcpLink(host, port, connectTimeout, POLL);
        return new IndicatorConnection(link, protocol, options, results, health, watchdog(silenceLimit));
    }

    private static WatchdogSettings watchdog(Duration silenceLimit) {
        return new WatchdogSettings(silenceLimit, FIRST_REOPEN, MAX_REOPEN);
    }
}
