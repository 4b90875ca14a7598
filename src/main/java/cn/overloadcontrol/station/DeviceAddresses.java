package cn.overloadcontrol.station;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The syntax rules of device addresses and serial line settings in the inventory. */
final class DeviceAddresses {

    /** Common baud rates of weighing indicators and serial device servers. */
    static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

    // <baud> <data bits><parity><stop bits>, for example 9600 8N1.
    private static final Pattern PORT_SETTINGS = Pattern.compile("([0-9]{3,6}) ([78])([NEO])([12])");
    private static final Pattern HOST_PORT = Pattern.compile("([^:/\\s]+)(?::([0-9]{1,5}))?");
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    // Serial ports as Linux and Windows name them: /dev/ttyS0, /dev/ttyUSB1, COM3.
    private static final Pattern SERIAL_PORT = Pattern.compile("/dev/tty[A-Za-z0-9]+|COM[1-9][0-9]{0,2}");

    private DeviceAddresses() {
    }

    /** Returns whether {@code value} reads like 9600 8N1 with a usual baud rate. */
    static boolean validPortSettings(String value) {
        Matcher matcher = PORT_SETTINGS.matcher(value);
        return matcher.matches() && BAUD_RATES.contains(Integer.parseInt(matcher.group(1)));
    }

    /** Returns whether {@code value} is host[:port] with an IPv4 address or host name and a port of 1 to 65535. */
    static boolean validHostPort(String value) {
        Matcher matcher = HOST_PORT.matcher(value);
        if (!matcher.matches() || !validHost(matcher.group(1))) {
            return false;
        }
        return matcher.group(2) == null || validPort(Integer.parseInt(matcher.group(2)));
    }

    static boolean validSerialPort(String value) {
        return SERIAL_PORT.matcher(value).matches();
    }

    /** Returns whether {@code value} is an rtsp:// URL with a valid host and, if given, port. */
    static boolean validRtspUrl(String value) {
        try {
            URI uri = new URI(value);
            return "rtsp".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && validHost(uri.getHost())
                    && (uri.getPort() == -1 || validPort(uri.getPort()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean validHost(String host) {
        if (IPV4_LIKE.matcher(host).matches()) {
            return validIpv4(host);
        }
        return HOST_NAME.matcher(host).matches();
    }

    private static boolean validIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPort(int port) {
        return port >= 1 && port <= 65_535;
    }
}
