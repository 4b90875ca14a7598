package cn.overloadcontrol.upstream.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.FieldMapping;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseInterpreterTest {

    private final ResponseInterpreter interpreter = new ResponseInterpreter(
            Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));

    private static UploadTarget target(String codePath) {
        return new UploadTarget(1, "T", "测试", "generic-json", true, false, "http://127.0.0.1:1", "/r", null, null,
                null, MediaMode.NONE, 10, Duration.ofSeconds(1), Duration.ofSeconds(1), 3, false,
                FieldMapping.identity(), AuthKind.NONE, null, null, null, null, null, Duration.ofHours(1), codePath,
                java.util.Set.of("0", "200"), java.util.Set.of("503"), 5, Duration.ofMinutes(1),
                Duration.ofMinutes(10), 0);
    }

    private DeliveryOutcome.Kind kind(String codePath, int status, String body) {
        return interpreter.interpret(target(codePath), status, Optional.empty(), Signatures.utf8(body)).kind();
    }

    @Test
    void statusAloneDecidesWithoutCodePath() {
        assertThat(kind(null, 200, "anything")).isEqualTo(DeliveryOutcome.Kind.SUCCESS);
        assertThat(kind(null, 204, "")).isEqualTo(DeliveryOutcome.Kind.SUCCESS);
        assertThat(kind(null, 500, "")).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind(null, 502, "")).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind(null, 408, "")).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind(null, 400, "")).isEqualTo(DeliveryOutcome.Kind.PERMANENT);
        assertThat(kind(null, 404, "")).isEqualTo(DeliveryOutcome.Kind.PERMANENT);
    }

    @Test
    void nestedCodeDecides() {
        assertThat(kind("result.code", 200, "{\"result\":{\"code\":200}}")).isEqualTo(DeliveryOutcome.Kind.SUCCESS);
        assertThat(kind("result.code", 200, "{\"result\":{\"code\":503}}")).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind("result.code", 200, "{\"result\":{\"code\":\"E1\"}}"))
                .isEqualTo(DeliveryOutcome.Kind.PERMANENT);
        assertThat(kind("result.code", 200, "{\"result\":{}}")).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind("result.code", 200, "{\"result\":")).isEqualTo(DeliveryOutcome.Kind.RETRY);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(interpreter.retryAfter(Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
        assertThat(interpreter.retryAfter(Optional.of("Fri, 04 Dec 2026 12:01:30 GMT")))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(interpreter.retryAfter(Optional.of("soon"))).isEqualTo(Duration.ofSeconds(30));
        assertThat(interpreter.retryAfter(Optional.of("999999"))).isEqualTo(Duration.ofHours(1));
        assertThat(interpreter.retryAfter(Optional.empty())).isEqualTo(Duration.ofSeconds(30));
    }
}
