package cn.overloadcontrol.sourceunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TrainingServiceTodayTest {

    @Test
    void todayIsTheCalendarDayInChinaWhateverTheServerZone() {
        // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in Shanghai.
        Clock utcEvening = Clock.fixed(Instant.parse("2026-12-31T17:00:00Z"), ZoneOffset.UTC);

        assertThat(TrainingService.today(utcEvening)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aServerWestOfChinaStillCountsFromTheChineseDay() {
        Clock newYorkEvening = Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"), java.time.ZoneId.of("America/New_York"));

        assertThat(TrainingService.today(newYorkEvening)).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
