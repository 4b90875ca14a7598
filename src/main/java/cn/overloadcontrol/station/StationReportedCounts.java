package cn.overloadcontrol.station;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The weighing records a unit's stations counted in their journals per China calendar day, as
 * they report them in their heartbeats, for comparing with the records the platform received.
 */
public interface StationReportedCounts {

    /**
     * Returns the counts the unit's stations reported for the days from {@code firstDay} to
     * {@code lastDay} inclusive, or empty when none of its stations reported any of those days.
     */
    Optional<ReportedCounts> reportedCounts(long unitId, LocalDate firstDay, LocalDate lastDay);

    /**
     * Reported counts of one unit.
     *
     * @param recordsByDay the records of all the unit's stations per reported day, in date order;
     *                     a day no station reported is absent
     * @param backlog      records the reporting stations still held undelivered in their latest
     *                     heartbeat, the largest amount by which their counts may exceed the platform's
     * @param silentStations active stations of the unit that reported none of the days, so that the
     *                     sum per day lacks their records
     */
    record ReportedCounts(Map<LocalDate, Long> recordsByDay, long backlog, int silentStations) {

        public ReportedCounts {
            recordsByDay = new TreeMap<>(recordsByDay);
        }
    }
}
