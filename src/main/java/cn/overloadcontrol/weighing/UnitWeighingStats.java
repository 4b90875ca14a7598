package cn.overloadcontrol.weighing;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the weighing records the platform received from a unit over a period, for checks
 * such as acceptance that ask whether records arrive and carry their photos. Applies no data
 * scope: callers load the unit in the user's scope first.
 */
@Service
@Transactional(readOnly = true)
public class UnitWeighingStats {

    /**
     * Records of a unit weighed in [from, to).
     *
     * @param records           all records
     * @param recordsWithPhotos records with at least one photo (any evidence kind but the clip)
     */
    public record Counts(long records, long recordsWithPhotos) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    UnitWeighingStats(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Counts counts(long unitId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.queryForObject("""
                select count(*) as records,
                       count(*) filter (where exists (select 1 from weighing_media m
                                                       where m.record_id = r.id and m.kind <> 'CLIP'))
                           as with_photos
                  from weighing_record r
                 where r.unit_id = :unitId and r.weighed_at >= :from and r.weighed_at < :to""",
                Map.of("unitId", unitId, "from", from, "to", to),
                (rs, n) -> new Counts(rs.getLong("records"), rs.getLong("with_photos")));
    }
}
