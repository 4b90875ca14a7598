package cn.overloadcontrol.upstream.send;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30));

    @Test
    void ceilingDoublesPerAttempt() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void ceilingStopsAtMaximum() {
        assertThat(backoff.ceiling(20)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterStaysInUpperHalf() {
        for (int i = 0; i < 1000; i++) {
            Duration wait = backoff.after(3);
            assertThat(wait).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
        }
    }
}
