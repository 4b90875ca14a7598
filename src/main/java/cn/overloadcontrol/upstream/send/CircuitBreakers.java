package cn.overloadcontrol.upstream.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per target, in the memory of this instance. After the target's threshold
 * of consecutive failed requests the breaker opens and nothing is sent for the open time. Then
 * one probe request of a single task decides: success closes it, and failure opens it again. A 429
 * response keeps the breaker closed but holds sending until its Retry-After.
 */
@Component
public class CircuitBreakers {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakers.class);

    /** The sending the breaker allows now. */
    public enum Permit {
        /** Send full batches. */
        SEND,
        /** Send one request with one task to test whether the target is back. */
        PROBE,
        /** Send nothing. */
        WAIT
    }

    /** The state shown on the status screen. */
    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private static final class Breaker {
        int consecutiveFailures;
        Instant openUntil;
        Instant holdUntil;
    }

    private final Map<Long, Breaker> breakers = new ConcurrentHashMap<>();
    private final Clock clock;

    CircuitBreakers() {
        this(Clock.systemUTC());
    }

    CircuitBreakers(Clock clock) {
        this.clock = clock;
    }

    public synchronized Permit permit(long targetId) {
        Breaker breaker = breakers.computeIfAbsent(targetId, id -> new Breaker());
        Instant now = clock.instant();
        if (breaker.holdUntil != null && now.isBefore(breaker.holdUntil)) {
            return Permit.WAIT;
        }
        if (breaker.openUntil == null) {
            return Permit.SEND;
        }
        return now.isBefore(breaker.openUntil) ? Permit.WAIT : Permit.PROBE;
    }

    public synchronized State state(long targetId) {
        Breaker breaker = breakers.get(targetId);
        if (breaker == null || breaker.openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(breaker.openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    synchronized void success(long targetId, String targetCode) {
        Breaker breaker = breakers.computeIfAbsent(targetId, id -> new Breaker());
        if (breaker.openUntil != null) {
            log.info("Upload target {} responds again; circuit breaker closed", targetCode);
        }
        breaker.consecutiveFailures = 0;
        breaker.openUntil = null;
    }

    synchronized void failure(long targetId, String targetCode, int threshold, Duration openFor) {
        Breaker breaker = breakers.computeIfAbsent(targetId, id -> new Breaker());
        breaker.consecutiveFailures++;
        boolean probeFailed = breaker.openUntil != null;
        if (probeFailed || breaker.consecutiveFailures >= threshold) {
            breaker.openUntil = clock.instant().plus(openFor);
            log.warn("Upload target {} failed {} requests in a row; circuit breaker open for {} s", targetCode,
                    breaker.consecutiveFailures, openFor.toSeconds());
        }
    }

    /** Holds all sending to the target until {@code until}, as its 429 response requested. */
    synchronized void holdUntil(long targetId, Instant until) {
        breakers.computeIfAbsent(targetId, id -> new Breaker()).holdUntil = until;
    }

    /** Forgets the target's state, as after an operator resumed or edited it. */
    public synchronized void reset(long targetId) {
        breakers.remove(targetId);
    }
}
