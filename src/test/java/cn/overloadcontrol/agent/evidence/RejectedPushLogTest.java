package cn.overloadcontrol.agent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.overloadcontrol.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Pushes from an address that is not a plate camera: one line at first, then a count every five minutes. */
class RejectedPushLogTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T02:00:00Z"));
    private final RejectedPushLog rejected = new RejectedPushLog(clock);

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger().addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        logger().detachAppender(logs);
    }

    @Test
    void repeatsAreCountedNotLogged() {
        for (int i = 0; i < 21; i++) {
            rejected.rejected("HIKVISION", "127.0.0.2");
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(logs.list).hasSize(1);
        assertThat(logs.list.get(0).getFormattedMessage()).startsWith("Rejected a HIKVISION camera push from 127.0.0.2");
    }

    @Test
    void countLoggedAfterInterval() {
        rejected.rejected("HIKVISION", "127.0.0.2");
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofSeconds(5));
            rejected.rejected("HIKVISION", "127.0.0.2");
        }

        assertThat(logs.list).hasSize(2);
        assertThat(logs.list.get(1).getFormattedMessage())
                .startsWith("Rejected 60 more camera pushes from 127.0.0.2 since 2026-12-05T02:00:00Z");
    }

    @Test
    void eachAddressLoggedOnce() {
        rejected.rejected("HIKVISION", "127.0.0.2");
        rejected.rejected("DAHUA", "127.0.0.3");
        rejected.rejected("DAHUA", "127.0.0.3");

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("from 127.0.0.2"))
                .anySatisfy(line -> assertThat(line).contains("from 127.0.0.3"));
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(PlateCameraController.class);
    }
}
