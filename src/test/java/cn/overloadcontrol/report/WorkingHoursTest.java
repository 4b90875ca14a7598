package cn.overloadcontrol.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working hours 08:00 to 20:00 in China, counted back from a moment. */
class WorkingHoursTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final WorkingHours HOURS = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(20, 0), CHINA);

    @Test
    void withinOneWorkingDay() {
        assertThat(HOURS.before(at("2026-12-07T14:00"), 4)).isEqualTo(at("2026-12-07T10:00"));
    }

    @Test
    void morningReachesIntoPreviousEvening() {
        assertThat(HOURS.before(at("2026-12-07T10:00"), 4)).isEqualTo(at("2026-12-06T18:00"));
    }

    @Test
    void nightCountsFromEndOfDay() {
        assertThat(HOURS.before(at("2026-12-07T22:30"), 4)).isEqualTo(at("2026-12-07T16:00"));
    }

    @Test
    void earlyMorningCountsFromPreviousDay() {
        assertThat(HOURS.before(at("2026-12-07T07:00"), 4)).isEqualTo(at("2026-12-06T16:00"));
    }

    @Test
    void moreThanOneWorkingDay() {
        assertThat(HOURS.before(at("2026-12-07T09:00"), 14)).isEqualTo(at("2026-12-05T19:00"));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }
}
