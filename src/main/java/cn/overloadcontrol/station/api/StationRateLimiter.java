package cn.overloadcontrol.station.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * One token bucket per station, in memory. With several app instances each applies the limit
 * on its own, so a station may reach the limit times the number of instances.
 */
@Component
class StationRateLimiter {

    private final Map<Long, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final ApiProperties.RateLimit settings;

    StationRateLimiter(ApiProperties properties) {
        this.settings = properties.rateLimit();
    }

    /**
     * Takes one request from the station's bucket.
     *
     * @return {@link Duration#ZERO} when the request may proceed, otherwise how long to wait
     */
    Duration tryAcquire(long stationId) {
        return buckets.computeIfAbsent(stationId,
                id -> new TokenBucket(settings.burst(), settings.requestsPerSecond(), System::nanoTime))
                .tryTake();
    }
}
