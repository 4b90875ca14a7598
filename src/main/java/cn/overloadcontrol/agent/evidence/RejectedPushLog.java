package cn.overloadcontrol.agent.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the pushes rejected because they come from an address that is not a configured plate
 * camera. A camera set up with the wrong address pushes every read and every heartbeat, so only
 * the first rejection per address is logged at once, and after that a count every
 * {@link #SUMMARY_INTERVAL}.
 */
final class RejectedPushLog {

    static final Duration SUMMARY_INTERVAL = Duration.ofMinutes(5);
    /** Maximum addresses remembered. The least recently seen is dropped first, so many senders cannot fill memory. */
    private static final int MAX_ADDRESSES = 256;
    private static final Logger log = LoggerFactory.getLogger(PlateCameraController.class);

    private final Clock clock;
    private final Map<String, Counter> counters = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    RejectedPushLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a rejected push from {@code address} and logs it when it is the first from there, or
     * when {@link #SUMMARY_INTERVAL} has passed since the last line for that address.
     */
    synchronized void rejected(String endpointVendor, String address) {
        Instant now = clock.instant();
        Counter counter = counters.get(address);
        if (counter == null) {
            counters.put(address, new Counter(now));
            log.warn("Rejected a {} camera push from {}: the address is not a configured plate camera"
                    + " (station.cameras.plate). Further pushes from it are counted and logged every {} minutes",
                    endpointVendor, address, SUMMARY_INTERVAL.toMinutes());
            return;
        }
        counter.count++;
        if (!now.isBefore(counter.loggedAt.plus(SUMMARY_INTERVAL))) {
            // NOTE: pushes since the last line are logged only when another push arrives after the interval.
            log.warn("Rejected {} more camera pushes from {} since {}: the address is not a configured plate camera"
                    + " (station.cameras.plate)", counter.count, address, counter.loggedAt);
            counter.count = 0;
            counter.loggedAt = now;
        }
    }

    private static final class Counter {
        private Instant loggedAt;
        private long count;

        Counter(Instant loggedAt) {
            this.loggedAt = loggedAt;
        }
    }
}
