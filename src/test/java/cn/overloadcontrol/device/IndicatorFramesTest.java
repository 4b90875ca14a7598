package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IndicatorFramesTest {

    static Stream<Arguments> devices() {
        return Stream.of(
                Arguments.of(IndicatorProtocol.YAOHUA_A9, Map.of()),
                Arguments.of(IndicatorProtocol.YAOHUA_A9, Map.of("unit", "t")),
                Arguments.of(IndicatorProtocol.YAOHUA_A12, Map.of()),
                Arguments.of(IndicatorProtocol.TOLEDO, Map.of()),
                Arguments.of(IndicatorProtocol.TOLEDO, Map.of("unit", "t", "checksum", "off")),
                Arguments.of(IndicatorProtocol.TOLEDO, Map.of("motion-bit", "stable-when-set", "decimal-map", "clone")),
                Arguments.of(IndicatorProtocol.REGEX, Map.of()),
                Arguments.of(IndicatorProtocol.REGEX, Map.of("unit", "t")));
    }

    @ParameterizedTest
    @MethodSource("devices")
    void framesDecodeToTheirWeight(IndicatorProtocol protocol, Map<String, String> options) {
        for (String kg : List.of("0", "41260", "49020", "-40", "1560", "999980")) {
            for (boolean stable : List.of(true, false)) {
                IndicatorReading reading = decodeOne(protocol, options,
                        IndicatorFrames.encode(protocol, new BigDecimal(kg), stable, options));

                BigDecimal decodedKg = reading.unit() == WeightUnit.T
                        ? reading.weight().movePointRight(3) : reading.weight();
                assertThat(decodedKg).as("%s %s kg", protocol.id(), kg).isEqualByComparingTo(kg);
                if (reading.stable() != null) {
                    assertThat(reading.stable()).as("%s stable flag", protocol.id()).isEqualTo(stable);
                }
            }
        }
    }

    @Test
    void yaohuaA9MatchesCapturedFrame() {
        byte[] frame = IndicatorFrames.encode(IndicatorProtocol.YAOHUA_A9, BigDecimal.valueOf(1560), true, Map.of());

        assertThat(HexBytes.format(frame)).isEqualTo("02 2B 30 30 31 35 36 30 30 31 39 03");
    }

    @Test
    void toledoZeroMatchesCapturedLayout() {
        byte[] frame = IndicatorFrames.encode(IndicatorProtocol.TOLEDO, BigDecimal.ZERO, true, Map.of("checksum", "off"));

        assertThat(frame).hasSize(17);
        assertThat(HexBytes.format(frame).substring(9)).isEqualTo("20 20 20 20 20 20 30 20 20 20 20 20 30 0D");
    }

    @Test
    void weightInTonnesKeepsThreeDecimals() {
        byte[] frame = IndicatorFrames.encode(IndicatorProtocol.YAOHUA_A9, BigDecimal.valueOf(41_260), true,
                Map.of("unit", "t"));

        assertThat(new String(frame, 2, 7, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("0412603");
    }

    @Test
    void unsupportedProtocolIsRejected() {
        assertThatThrownBy(() -> IndicatorFrames.encode(IndicatorProtocol.YAOHUA_A9_POLL, BigDecimal.TEN, true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yaohua-a9-poll cannot be encoded");
        assertThat(IndicatorFrames.supported()).doesNotContain(IndicatorProtocol.YAOHUA_A9_POLL);
    }

    @Test
    void invalidOptionIsRejected() {
        assertThatThrownBy(() -> IndicatorFrames.encode(IndicatorProtocol.TOLEDO, BigDecimal.TEN, true,
                Map.of("motion-bit", "sideways")))
                .isInstanceOf(IndicatorSettingsException.class)
                .hasMessageContaining("motion-bit=sideways");
    }

    @Test
    void weightTooLargeForFrameIsRejected() {
        assertThatThrownBy(() -> IndicatorFrames.encode(IndicatorProtocol.YAOHUA_A9, BigDecimal.valueOf(1_000_000),
                true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000000");
    }

    private static IndicatorReading decodeOne(IndicatorProtocol protocol, Map<String, String> options, byte[] frame) {
        List<IndicatorResult> results = new ArrayList<>();
        IndicatorFramer framer = protocol.newFramer(options, results::add);
        framer.accept(frame);
        framer.flush();
        assertThat(results).as("results of %s", HexBytes.format(frame)).hasSize(1);
        assertThat(results.get(0)).as("result of %s", HexBytes.format(frame)).isInstanceOf(IndicatorReading.class);
        return (IndicatorReading) results.get(0);
    }
}
