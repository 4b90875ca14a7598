package cn.overloadcontrol.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** Daily working hours, the same every day of the week, for the silent-unit alert. */
record WorkingHours(LocalTime start, LocalTime end, ZoneId zone) {

    /**
     * Returns the instant that lies {@code hours} working hours before {@code now}: time outside
     * the working hours does not count, so at 09:00 four working hours reach back to 17:00 of the
     * day before when the day runs 08:00 to 20:00.
     */
    Instant before(Instant now, int hours) {
        Duration remaining = Duration.ofHours(hours);
        LocalDateTime cursor = LocalDateTime.ofInstant(now, zone);
        while (true) {
            LocalDateTime dayStart = cursor.toLocalDate().atTime(start);
            LocalDateTime dayEnd = cursor.toLocalDate().atTime(end);
            if (cursor.isAfter(dayEnd)) {
                cursor = dayEnd;
            }
            if (!cursor.isAfter(dayStart)) {
                cursor = cursor.toLocalDate().minusDays(1).atTime(end);
                continue;
            }
            Duration available = Duration.between(dayStart, cursor);
            if (available.compareTo(remaining) >= 0) {
                return cursor.minus(remaining).atZone(zone).toInstant();
            }
            remaining = remaining.minus(available);
            cursor = cursor.toLocalDate().minusDays(1).atTime(end);
        }
    }
}
