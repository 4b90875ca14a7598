package cn.overloadcontrol.weighing.ingest;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills {@code weighing_record} with millions of rows in SQL, with {@code INSERT ... SELECT}
 * over {@code generate_series}, so the review list can be timed on a table of production size.
 * Rows spread evenly over the given stations (and so over their units and areas) and over the
 * last 90 days, with a daytime peak. Axle counts, masses and verdicts follow the same shares as
 * {@link SyntheticRecords}. The hash columns are placeholders, so the chains of these stations
 * do not verify: load only into stations that exist for this purpose.
 */
final class BulkRecordLoader {

    /** One station of the load with the unit and area its rows carry. */
    record Station(long stationId, long unitId, long areaId) {
    }

    static final int DAYS = 90;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /*
     * The innermost query draws the random numbers once per row. The next one picks the station
     * and derives the axle count and limit. The laterals derive the weighing time (85% between
     * 06:00 and 22:00 China time, never in the future) and the gross mass, and the outer select
     * the verdict. The limit basis is a short stand-in for the text the judge writes.
     */
    private static final String INSERT = """
            insert into weighing_record (id, weighed_at, station_id, unit_id, area_id, record_number, lane_no,
                direction, plate_number, plate_color, plate_type, axle_count, axle_count_source, vehicle_type,
                single_drive_axle, single_tyre_groups, air_suspension, gross_kg, tare_kg, net_kg, cargo_name,
                cargo_category, driver_name, release_decision, operator_name, limit_kg, limit_basis,
                limit_table_version, excess_kg, excess_rate, verdict, overload_verdict, flags, content_sha256,
                chain_seq, previous_hash, record_hash, received_at)
            select nextval('weighing_record_id_seq'), m.weighed_at, m.station_id, m.unit_id, m.area_id,
                   'BULK-' || m.g, 1 + m.g % 2, 'OUTBOUND', m.plate, 'YELLOW', '01', m.axles, 'AXLE_DETECTOR',
                   case when m.axles >= 5 then 'ARTICULATED' else 'TRUCK' end, false, 0, false,
                   m.gross, m.tare, m.gross - m.tare, '原煤', '煤', '司机' || (m.g % 1000),
                   case when m.gross <= m.limit_kg then 'RELEASE' else 'UNLOAD_AND_REWEIGH' end, '过磅员',
                   m.limit_kg, m.axles || '轴车辆总质量限值 ' || m.limit_kg || ' kg（62号令第三条）', 'bulk',
                   greatest(m.gross - m.limit_kg, 0),
                   round(greatest(m.gross - m.limit_kg, 0) * 100.0 / m.limit_kg, 2),
                   case when m.gross <= m.limit_kg then 'COMPLIANT'
                        when m.gross - m.limit_kg <= 1000 then 'OVER_LIMIT_WARNING' else 'OVER_LIMIT' end,
                   'NOT_JUDGEABLE', '{}', md5(m.g::text) || md5(m.plate), m.g, repeat('0', 64),
                   md5(m.g::text || 'r') || md5(m.plate), m.weighed_at + interval '5 seconds'
              from (select r.*, s.station_id, s.unit_id, s.area_id, a.axles,
                           case a.axles when 2 then 18000 when 3 then 25000 when 4 then 31000
                                        when 5 then 43000 else 49000 end as limit_kg,
                           4500 + a.axles * 2200 + (r.r4 * 1500)::int as tare
                      from (select g, random() as r1, random() as r2, random() as r3, random() as r4,
                                   random() as r5, random() as r6, random() as r7,
                                   '晋E' || lpad((10000 + (g * 7919) % 30000)::text, 5, '0') as plate
                              from generate_series(?, ?) g) r
                      join unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]))
                           with ordinality as s(station_id, unit_id, area_id, n) on s.n = 1 + r.g % ?
                      cross join lateral (select case when r.r1 < 0.08 then 2 when r.r1 < 0.15 then 3
                                                      when r.r1 < 0.23 then 4 when r.r1 < 0.33 then 5
                                                      else 6 end as axles) a) m0
              cross join lateral (select ((now() at time zone 'Asia/Shanghai')::date
                                          - floor(m0.r6 * {days})::int)::timestamp at time zone 'Asia/Shanghai'
                                         + case when m0.r7 < 0.85
                                                then interval '6 hours' + interval '16 hours' * (m0.r7 / 0.85)
                                                else interval '24 hours' * ((m0.r7 - 0.85) / 0.15) end as at) w
              cross join lateral (select m0.*,
                      (round(m0.limit_kg * (0.93 + 0.12 * (m0.r2 + m0.r3 + m0.r5 - 1.5)) / 20) * 20)::int as gross,
                      case when w.at > now() then w.at - interval '1 day' else w.at end as weighed_at) m
            """.replace("{days}", Integer.toString(DAYS));

    private final JdbcTemplate jdbc;

    BulkRecordLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts {@code total} rows in chunks, calling {@code progress} after each with the rows so far. */
    void load(List<Station> stations, long total, long chunk, LongConsumer progress) {
        String stationIds = array(stations.stream().map(Station::stationId).toList());
        String unitIds = array(stations.stream().map(Station::unitId).toList());
        String areaIds = array(stations.stream().map(Station::areaId).toList());
        for (long first = 1; first <= total; first += chunk) {
            long last = Math.min(total, first + chunk - 1);
            jdbc.update(INSERT, first, last, stationIds, unitIds, areaIds,
                    stations.size());
            progress.accept(last);
        }
    }

    /** Returns the first month a load of {@link #DAYS} days up to now touches, so its partitions exist first. */
    static YearMonth firstMonth() {
        return YearMonth.now(CHINA).minusMonths(DAYS / 28 + 1);
    }

    private static String array(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
