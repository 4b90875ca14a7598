package cn.overloadcontrol.agent.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command results that did not reach the platform, kept in memory to be sent again with the next
 * polls. Commands come from an installer waiting on a page, so a result is worth sending only
 * for {@link #RETRY_FOR}, and a restart of the station drops the rest.
 */
final class UndeliveredResults {

    /** How long a result is sent again. The platform's page stops waiting after 2 minutes too. */
    static final Duration RETRY_FOR = Duration.ofMinutes(2);

    /** Far above the commands an installer sends in two minutes; the oldest result goes first. */
    static final int MAX_RESULTS = 50;

    private static final Logger log = LoggerFactory.getLogger(UndeliveredResults.class);

    /** A result's request body and when it first failed to arrive. */
    record Result(long commandId, byte[] body, Instant firstFailedAt) {
    }

    private final Clock clock;
    private final Map<Long, Result> results = new LinkedHashMap<>();

    UndeliveredResults(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a result to be sent again, unless one of the same command is kept already. */
    void keep(long commandId, byte[] body) {
        if (results.size() >= MAX_RESULTS && !results.containsKey(commandId)) {
            Long oldest = results.keySet().iterator().next();
            results.remove(oldest);
            log.warn("Dropped the undelivered result of command {}: {} results wait already", oldest, MAX_RESULTS);
        }
        results.putIfAbsent(commandId, new Result(commandId, body, clock.instant()));
    }

    /**
     * Returns the results to send again, oldest first, after dropping those kept longer than
     * {@link #RETRY_FOR}.
     */
    List<Result> due() {
        Instant limit = clock.instant().minus(RETRY_FOR);
        results.values().removeIf(result -> {
            boolean stale = result.firstFailedAt().isBefore(limit);
            if (stale) {
                log.warn("Gave up sending the result of command {}: not delivered within {} s", result.commandId(),
                        RETRY_FOR.toSeconds());
            }
            return stale;
        });
        return new ArrayList<>(results.values());
    }

    /** Forgets a result that arrived or that the platform rejected. */
    void forget(long commandId) {
        results.remove(commandId);
    }

    int size() {
        return results.size();
    }
}
