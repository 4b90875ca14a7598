package cn.overloadcontrol.weighing.ingest;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds 超限 records whose truck left the site (exit time set) without a later weighing of the
 * same plate at the same station under the limit, and queues them as illegal releases. Runs on
 * a schedule because the reweigh may arrive after the first record. A corrected record is judged
 * by its latest revision's plate and verdict.
 *
 * <p>NOTE: the later reweigh is matched on its stored plate and verdict, not on its corrections.
 */
@Component
class ExitWithoutReweighCheck {

    private static final Logger log = LoggerFactory.getLogger(ExitWithoutReweighCheck.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration grace;
    private final Duration lookBack;

    ExitWithoutReweighCheck(NamedParameterJdbcTemplate jdbc,
            @Value("${app.weighing.reweigh-grace:PT15M}") Duration grace,
            @Value("${app.weighing.reweigh-look-back:P7D}") Duration lookBack) {
        this.jdbc = jdbc;
        this.grace = grace;
        this.lookBack = lookBack;
    }

    /**
     * Queues every case found, at most once each (the queue is unique per record and kind).
     * Records exited less than the grace period ago wait for a late reweigh upload.
     *
     * @return the number of new queue items
     */
    @Scheduled(fixedDelayString = "${app.weighing.reweigh-check-interval:5m}", initialDelayString = "2m")
    @Transactional
    public int run() {
        int queued = jdbc.update("""
                insert into review_item (record_id, weighed_at, kind, station_id, unit_id, area_id, plate_number, detail,
                                         excess_kg)
                select r.id, r.weighed_at, 'EXIT_WITHOUT_REWEIGH', r.station_id, r.unit_id, r.area_id,
                       coalesce(v.plate_number, r.plate_number), coalesce(v.verdict, r.verdict),
                       case when v.id is null then r.excess_kg else v.excess_kg end
                  from weighing_record r
                  left join lateral (select x.id, x.plate_number, x.verdict, x.excess_kg from weighing_record_revision x
                                      where x.record_id = r.id order by x.revision_no desc limit 1) v on true
                 where coalesce(v.verdict, r.verdict) in ('OVER_LIMIT', 'OVER_LIMIT_WARNING')
                   and r.exited_at is not null
                   and r.exited_at < now() - cast(:grace as interval)
                   and r.weighed_at > now() - cast(:lookBack as interval)
                   and not exists (select 1 from weighing_record w
                                    where w.station_id = r.station_id and w.weighed_at > r.weighed_at
                                      and w.plate_number = coalesce(v.plate_number, r.plate_number)
                                      and w.verdict = 'COMPLIANT')
                   and not exists (select 1 from review_item i
                                    where i.record_id = r.id and i.kind = 'ILLEGAL_RELEASE')
                on conflict (record_id, kind) do nothing
                """, new MapSqlParameterSource("grace", grace.toSeconds() + " seconds")
                .addValue("lookBack", lookBack.toSeconds() + " seconds"));
        if (queued > 0) {
            log.info("Queued {} over-limit records that left without a reweigh", queued);
        }
        return queued;
    }
}
