package cn.overloadcontrol.agent.platform;

import java.time.Duration;

/**
 * Settings of the forwarder.
 *
 * @param batchSize   records per request to the batch endpoint, 1 to 500
 * @param firstRetry  wait after the first failure in a row
 * @param maxRetry    longest wait between attempts
 * @param idlePoll    how often an idle forwarder looks for new records without being woken
 */
public record ForwarderSettings(int batchSize, Duration firstRetry, Duration maxRetry, Duration idlePoll) {

    public ForwarderSettings {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("station.forward.batch-size must be 1 to 500 (the platform's batch"
                    + " limit), not " + batchSize);
        }
    }

    public static ForwarderSettings defaults() {
        return new ForwarderSettings(100, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1));
    }
}
