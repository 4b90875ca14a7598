package cn.overloadcontrol.upstream.send;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.overloadcontrol.upstream.target.UploadTarget;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a target's response. HTTP 429 is retried after its Retry-After; 408 and 5xx are retried;
 * other 4xx are permanent. A 2xx response is read with the target's code path: a success code
 * delivers, a retry code retries, any other code is permanent, and a response without a readable
 * code is retried, because the target may or may not have stored it (the idempotency key makes
 * the retry safe).
 */
final class ResponseInterpreter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final int MAX_QUOTED_BODY = 200;

    private final Clock clock;

    ResponseInterpreter(Clock clock) {
        this.clock = clock;
    }

    // NOTE: one code decides for the whole batch; per-item results in a batch response are not read.
    DeliveryOutcome interpret(UploadTarget target, int status, Optional<String> retryAfterHeader, byte[] body) {
        if (status == 429 || (status == 503 && retryAfterHeader.isPresent())) {
            return DeliveryOutcome.throttled(status, retryAfter(retryAfterHeader));
        }
        if (status == 408 || status >= 500) {
            return DeliveryOutcome.retry(status, "HTTP " + status + ": " + quote(body));
        }
        if (status < 200 || status >= 300) {
            return DeliveryOutcome.permanent(status, "HTTP " + status + ": " + quote(body));
        }
        if (target.responseCodePath() == null || target.responseCodePath().isBlank()) {
            return DeliveryOutcome.success(status);
        }
        return interpretCode(target, status, body);
    }

    private DeliveryOutcome interpretCode(UploadTarget target, int status, byte[] body) {
        Optional<String> code = readCode(body, target.responseCodePath());
        if (code.isEmpty()) {
            return DeliveryOutcome.retry(status, "response has no code at '" + target.responseCodePath() + "': "
                    + quote(body));
        }
        if (target.successCodes().contains(code.get())) {
            return DeliveryOutcome.success(status);
        }
        if (target.retryCodes().contains(code.get())) {
            return DeliveryOutcome.retry(status, "retry code " + code.get() + ": " + quote(body));
        }
        return DeliveryOutcome.permanent(status, "rejected with code " + code.get() + ": " + quote(body));
    }

    /** Reads a dot-separated path such as {@code result.code}; empty when the body is not JSON or lacks it. */
    static Optional<String> readCode(byte[] body, String path) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node = node.get(part);
        }
        if (node == null || node.isNull() || node.isContainer()) {
            return Optional.empty();
        }
        return Optional.of(node.asString());
    }

    /** Parses delay-seconds or an HTTP date (RFC 9110 section 10.2.3), bounded to one hour. */
    Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.get().strip();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), at.toInstant());
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    static String quote(byte[] body) {
        if (body == null || body.length == 0) {
            return "(empty response)";
        }
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_QUOTED_BODY ? text : text.substring(0, MAX_QUOTED_BODY) + "...";
    }
}
