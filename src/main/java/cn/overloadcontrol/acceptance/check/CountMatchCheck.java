package cn.overloadcontrol.acceptance.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.station.StationReportedCounts;
import cn.overloadcontrol.station.StationReportedCounts.ReportedCounts;
import cn.overloadcontrol.weighing.UnitWeighingStats;
import org.springframework.stereotype.Component;

/**
 * Compares, day by day, the records the unit's stations counted in their journals with the
 * records the platform received. It compares the whole China calendar days from the first day of
 * the test period up to the day before the evaluation, because the current day is still growing.
 * The counts match when no day has fewer station records than platform records, and the records
 * the stations have and the platform lacks are no more than the stations' upload backlog. Without
 * any report from the stations, or while one of the unit's active stations reports nothing, the
 * item stays to review by hand, because the platform's records of a silent station have nothing
 * to compare with.
 */
@Component
class CountMatchCheck implements AutomaticCheck {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Shown in place of a station count for a day no station reported. */
    private static final String NOT_REPORTED = "-";

    private final StationReportedCounts reported;
    private final UnitWeighingStats stats;

    CountMatchCheck(StationReportedCounts reported, UnitWeighingStats stats) {
        this.reported = reported;
        this.stats = stats;
    }

    @Override
    public String key() {
        return "COUNT_MATCH";
    }

    @Override
    public Result evaluate(Context context) {
        LocalDate firstDay = context.from().atZoneSameInstant(CHINA).toLocalDate();
        LocalDate lastDay = context.to().atZoneSameInstant(CHINA).toLocalDate().minusDays(1);
        Optional<ReportedCounts> stationCounts = lastDay.isBefore(firstDay) ? Optional.empty()
                : reported.reportedCounts(context.unitId(), firstDay, lastDay);
        if (stationCounts.isEmpty()) {
            return Result.toReview("acceptance.measured.notReported");
        }
        if (stationCounts.get().silentStations() > 0) {
            return Result.toReview("acceptance.measured.someStationsSilent", stationCounts.get().silentStations());
        }
        return compare(context.unitId(), firstDay, lastDay, stationCounts.get());
    }

    private Result compare(long unitId, LocalDate firstDay, LocalDate lastDay, ReportedCounts stationCounts) {
        List<String> differences = new ArrayList<>();
        long stationTotal = 0;
        long platformTotal = 0;
        long missingAtPlatform = 0;
        boolean stationBelowPlatform = false;
        int days = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days++;
            Long station = stationCounts.recordsByDay().get(day);
            long platform = platformRecords(unitId, day);
            platformTotal += platform;
            if (station == null) {
                differences.add(day + ": " + NOT_REPORTED + "/" + platform);
                stationBelowPlatform = true;
                continue;
            }
            stationTotal += station;
            if (station != platform) {
                differences.add(day + ": " + station + "/" + platform);
            }
            if (station < platform) {
                stationBelowPlatform = true;
            } else {
                missingAtPlatform += station - platform;
            }
        }
        if (stationBelowPlatform || missingAtPlatform > stationCounts.backlog()) {
            return Result.of(false, "acceptance.measured.countsDiffer", String.join("; ", differences),
                    stationCounts.backlog());
        }
        return Result.of(true, "acceptance.measured.countsMatch", days, stationTotal, platformTotal,
                stationCounts.backlog());
    }

    private long platformRecords(long unitId, LocalDate day) {
        OffsetDateTime start = day.atStartOfDay().atOffset(CHINA);
        return stats.counts(unitId, start, start.plusDays(1)).records();
    }
}
