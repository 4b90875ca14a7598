package cn.overloadcontrol.device;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camera addresses a station accepts pushes from. Camera pushes carry no authentication, so
 * anything from another address is dropped. Only IP literals are accepted, because a host name
 * would make each check depend on DNS.
 */
public final class CameraAllowList {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final Set<InetAddress> addresses;

    private CameraAllowList(Set<InetAddress> addresses) {
        this.addresses = Set.copyOf(addresses);
    }

    /**
     * Creates the list from configured addresses such as {@code 192.168.1.64}.
     *
     * @throws IllegalArgumentException naming the first entry that is not an IPv4 or IPv6 address
     */
    public static CameraAllowList of(Collection<String> configured) {
        Set<InetAddress> addresses = new LinkedHashSet<>();
        for (String entry : configured) {
            InetAddress address = literal(entry);
            if (address == null) {
                throw new IllegalArgumentException("camera address '" + entry
                        + "' is not an IP address; enter the camera's IPv4 or IPv6 address, not a host name");
            }
            addresses.add(address);
        }
        return new CameraAllowList(addresses);
    }

    /** Returns whether a push from {@code remoteAddress} is accepted; text that is not an IP literal never is. */
    public boolean allows(String remoteAddress) {
        InetAddress address = literal(remoteAddress);
        return address != null && addresses.contains(address);
    }

    /**
     * Parses an IP literal without a DNS lookup; an IPv4-mapped IPv6 address such as
     * {@code ::ffff:192.168.1.64} reads as its IPv4 address. Returns {@code null} for anything else.
     */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        // Only text that InetAddress parses as a literal goes to getByName, which would otherwise
        // look the name up in DNS.
        if (!isIpv4(value) && !(value.contains(":") && value.matches("[0-9A-Fa-f:.]+"))) {
            return null;
        }
        try {
            InetAddress address = InetAddress.getByName(value);
            if (address instanceof Inet6Address && isMappedIpv4(address)) {
                return InetAddress.getByAddress(Arrays.copyOfRange(address.getAddress(), 12, 16));
            }
            return address;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isIpv4(String value) {
        Matcher matcher = IPV4.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(matcher.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMappedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    @Override
    public String toString() {
        return addresses.stream().map(InetAddress::getHostAddress).toList().toString();
    }
}
