package cn.overloadcontrol.device.indicator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.IndicatorResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A framer of one protocol with a listener that keeps every result, for tests. */
final class Capture {

    final List<IndicatorResult> results = new ArrayList<>();
    final IndicatorFramer framer;

    private Capture(IndicatorProtocol protocol, Map<String, String> options, int capacity) {
        framer = Framers.create(protocol, options, results::add, capacity);
    }

    /** Options as {@code "name=value"} strings. */
    static Capture of(IndicatorProtocol protocol, String... options) {
        return new Capture(protocol, options(options), Framers.DEFAULT_CAPACITY);
    }

    static Capture withCapacity(IndicatorProtocol protocol, int capacity, String... options) {
        return new Capture(protocol, options(options), capacity);
    }

    static Map<String, String> options(String... options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            map.put(option.substring(0, equals), option.substring(equals + 1));
        }
        return map;
    }

    static byte[] hex(String hex) {
        return HexBytes.parse(hex);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    Capture feed(byte[] bytes) {
        framer.accept(bytes);
        return this;
    }

    Capture feedHex(String hex) {
        return feed(hex(hex));
    }

    Capture feedAscii(String text) {
        return feed(ascii(text));
    }

    Capture flush() {
        framer.flush();
        return this;
    }

    List<IndicatorReading> readings() {
        return results.stream().filter(IndicatorReading.class::isInstance).map(IndicatorReading.class::cast).toList();
    }

    List<IndicatorRejection> rejections() {
        return results.stream().filter(IndicatorRejection.class::isInstance).map(IndicatorRejection.class::cast).toList();
    }

    List<String> rejectionCodes() {
        return rejections().stream().map(rejection -> rejection.reason().code()).toList();
    }

    /** The single result, which must be a reading. */
    IndicatorReading onlyReading() {
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOf(IndicatorReading.class);
        return (IndicatorReading) results.get(0);
    }

    /** The single result, which must be a rejection. */
    IndicatorRejection onlyRejection() {
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOf(IndicatorRejection.class);
        return (IndicatorRejection) results.get(0);
    }
}
