package cn.overloadcontrol.station.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void burstThenWaitForRefill() {
        TokenBucket bucket = new TokenBucket(3, 2, nanos::get);

        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refillsAtRateUpToCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, nanos::get);
        bucket.tryTake();
        bucket.tryTake();

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isPositive();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, nanos::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, nanos::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
