package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CameraAllowListTest {

    private final CameraAllowList allowList = CameraAllowList.of(List.of("192.168.1.64", " 10.0.0.7 ", "fd00::64"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "192.168.1.64, true",
            "10.0.0.7, true",
            "::ffff:192.168.1.64, true",
            "[fd00::64], true",
            "fd00:0:0:0:0:0:0:64, true",
            "192.168.1.65, false",
            "fd00::65, false",
            "'', false",
            "camera.local, false",
            "999.168.1.64, false"})
    void allowsConfiguredAddressesOnly(String remote, boolean allowed) {
        assertThat(allowList.allows(remote)).isEqualTo(allowed);
    }

    @Test
    void nullAddressIsNotAllowed() {
        assertThat(allowList.allows(null)).isFalse();
    }

    @Test
    void hostNameIsRejected() {
        assertThatThrownBy(() -> CameraAllowList.of(List.of("192.168.1.64", "camera.local")))
                .hasMessage("camera address 'camera.local' is not an IP address;"
                        + " enter the camera's IPv4 or IPv6 address, not a host name");
    }

    @Test
    void octetAbove255IsRejected() {
        assertThatThrownBy(() -> CameraAllowList.of(List.of("192.168.1.256")))
                .hasMessageStartingWith("camera address '192.168.1.256' is not an IP address");
    }
}
