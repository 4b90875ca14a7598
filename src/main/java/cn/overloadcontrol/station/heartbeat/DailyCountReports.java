package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.station.StationReportedCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and stores the per-day record counts stations send in their heartbeats
 * ({@code dailyCounts}), one row per station and day, where the latest report of a day wins.
 */
@Component
class DailyCountReports implements StationReportedCounts {

    /** Stations send 8 days; up to a month is accepted so that a longer report is not lost. */
    static final int MAX_DAYS = 31;
    static final int MAX_RECORDS_PER_DAY = 1_000_000;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final NamedParameterJdbcTemplate jdbc;

    DailyCountReports(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One day of a station's report.
     *
     * @param date    the China calendar day, {@code yyyy-MM-dd}
     * @param records the records the station journaled for that day, by weighing time
     */
    public record DailyCount(String date, Long records) {
    }

    /**
     * Validates the days a station reported and stores them; a heartbeat without the field
     * stores nothing.
     *
     * @throws HeartbeatRejectedException with every invalid entry; nothing of the report is stored
     */
    @Transactional
    void record(long stationId, List<DailyCount> dailyCounts, Instant receivedAt) {
        if (dailyCounts == null) {
            return;
        }
        Map<LocalDate, Long> days = check(dailyCounts, receivedAt.atOffset(CHINA).toLocalDate());
        for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
            jdbc.update("""
                    insert into station_daily_count (station_id, day, records, reported_at)
                    values (:stationId, :day, :records, :reportedAt)
                    on conflict (station_id, day) do update
                       set records = excluded.records, reported_at = excluded.reported_at
                     where station_daily_count.reported_at <= excluded.reported_at""",
                    new MapSqlParameterSource()
                            .addValue("stationId", stationId)
                            .addValue("day", day.getKey())
                            .addValue("records", day.getValue().intValue())
                            .addValue("reportedAt", receivedAt.atOffset(ZoneOffset.UTC)));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportedCounts> reportedCounts(long unitId, LocalDate firstDay, LocalDate lastDay) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("unitId", unitId)
                .addValue("firstDay", firstDay)
                .addValue("lastDay", lastDay);
        Map<LocalDate, Long> recordsByDay = new LinkedHashMap<>();
        jdbc.query("""
                select c.day, sum(c.records) as records
                  from station_daily_count c
                  join weigh_station s on s.id = c.station_id
                 where s.unit_id = :unitId and c.day between :firstDay and :lastDay
                 group by c.day""", parameters,
                row -> {
                    recordsByDay.put(row.getObject("day", LocalDate.class), row.getLong("records"));
                });
        if (recordsByDay.isEmpty()) {
            return Optional.empty();
        }
        Long backlog = jdbc.queryForObject("""
                select coalesce(sum(h.backlog), 0)
                  from station_heartbeat h
                  join weigh_station s on s.id = h.station_id
                 where s.unit_id = :unitId
                   and exists (select 1 from station_daily_count c
                                where c.station_id = h.station_id and c.day between :firstDay and :lastDay)""",
                parameters, Long.class);
        Integer silentStations = jdbc.queryForObject("""
                select count(*)
                  from weigh_station s
                 where s.unit_id = :unitId and s.status = 'ACTIVE'
                   and not exists (select 1 from station_daily_count c
                                    where c.station_id = s.id and c.day between :firstDay and :lastDay)""",
                parameters, Integer.class);
        return Optional.of(new ReportedCounts(recordsByDay, backlog == null ? 0 : backlog,
                silentStations == null ? 0 : silentStations));
    }

    /** Returns the reported days, or throws with every problem found. */
    private static Map<LocalDate, Long> check(List<DailyCount> dailyCounts, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dailyCounts.size() > MAX_DAYS) {
            problems.add(FieldProblem.error("dailyCounts", Integer.toString(dailyCounts.size()),
                    "daily_counts.too_many", MAX_DAYS));
            throw new HeartbeatRejectedException(problems);
        }
        LocalDate earliest = today.minusDays(MAX_DAYS - 1);
        // A station's clock may run slightly ahead, so its report may already contain tomorrow.
        LocalDate latest = today.plusDays(1);
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int index = 0; index < dailyCounts.size(); index++) {
            DailyCount entry = dailyCounts.get(index);
            String prefix = "dailyCounts[" + index + "]";
            LocalDate day = date(prefix + ".date", entry == null ? null : entry.date(), problems);
            Long records = entry == null ? null : entry.records();
            if (records == null) {
                problems.add(FieldProblem.error(prefix + ".records", "", "required"));
            } else if (records < 0 || records > MAX_RECORDS_PER_DAY) {
                problems.add(FieldProblem.error(prefix + ".records", records.toString(), "number.out_of_range", 0,
                        MAX_RECORDS_PER_DAY));
            }
            if (day == null) {
                continue;
            }
            if (day.isBefore(earliest) || day.isAfter(latest)) {
                problems.add(FieldProblem.error(prefix + ".date", entry.date(), "date.out_of_range", earliest,
                        latest));
            } else if (!seen.add(day)) {
                problems.add(FieldProblem.error(prefix + ".date", entry.date(), "daily_counts.date_duplicate"));
            } else if (records != null) {
                days.put(day, records);
            }
        }
        if (!problems.isEmpty()) {
            throw new HeartbeatRejectedException(problems);
        }
        return days;
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.error(field, value == null ? "" : value, "required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.error(field, value, "daily_counts.date_invalid"));
            return null;
        }
    }
}
