package cn.overloadcontrol.upstream.outbox;

import java.util.List;

import cn.overloadcontrol.common.jdbc.SqlArrays;
import cn.overloadcontrol.weighing.UploadMedia;
import cn.overloadcontrol.weighing.WeighingMediaAttached;
import cn.overloadcontrol.weighing.WeighingRecordStored;
import cn.overloadcontrol.weighing.WeighingRecordsStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes upload tasks in the transaction that stores what they deliver. The listeners are plain
 * {@link EventListener}s, not after-commit ones, on purpose: a task is committed exactly when
 * its record is, and a failure here rolls the record back rather than losing its upload. Each
 * event costs one INSERT ... SELECT that covers every enabled target and, for stored records,
 * every record of the transaction.
 */
@Component
public class UploadOutbox {

    private static final Logger log = LoggerFactory.getLogger(UploadOutbox.class);

    private final NamedParameterJdbcTemplate jdbc;

    UploadOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues every new record of a storing transaction for every enabled target in one
     * statement, so a batch of 500 records costs one INSERT, not 500. The records are passed as
     * array literals. The ORDER BY gives each target's tasks ascending ids in record order,
     * which a target that keeps each station's order relies on.
     */
    @EventListener
    void onRecordsStored(WeighingRecordsStored event) {
        List<WeighingRecordStored> records = event.records();
        int tasks = queueRecords(records, "t.enabled", new MapSqlParameterSource());
        log.debug("Queued {} records for upload as {} tasks", records.size(), tasks);
    }

    /**
     * Queues stored records for one target, in the given order, skipping those it has a task
     * for already. A backfill uses this for records stored before the target was enabled.
     *
     * @return the number of tasks queued
     */
    public int queueRecordsFor(long targetId, List<WeighingRecordStored> records) {
        if (records.isEmpty()) {
            return 0;
        }
        return queueRecords(records, "t.id = :targetId", new MapSqlParameterSource("targetId", targetId));
    }

    private int queueRecords(List<WeighingRecordStored> records, String targetCondition,
            MapSqlParameterSource params) {
        return jdbc.update("""
                insert into upstream_task (target_id, kind, record_id, station_id, unit_id, weighed_at)
                select t.id, 'RECORD', r.record_id, r.station_id, r.unit_id, r.weighed_at
                  from upstream_target t
                 cross join unnest(cast(:recordIds as bigint[]), cast(:stationIds as bigint[]),
                                   cast(:unitIds as bigint[]), cast(:weighedAts as timestamptz[]))
                       with ordinality as r(record_id, station_id, unit_id, weighed_at, position)
                 where %s
                 order by t.id, r.position
                on conflict do nothing
                """.formatted(targetCondition),
                params.addValue("recordIds", SqlArrays.numbers(records, WeighingRecordStored::recordId))
                        .addValue("stationIds", SqlArrays.numbers(records, WeighingRecordStored::stationId))
                        .addValue("unitIds", SqlArrays.numbers(records, WeighingRecordStored::unitId))
                        .addValue("weighedAts", SqlArrays.quoted(records, WeighingRecordStored::weighedAt)));
    }

    /**
     * Queues media files of stored records for one target, when it takes media as separate
     * uploads, skipping files it has a task for already.
     *
     * @return the number of tasks queued
     */
    public int queueMediaFor(long targetId, List<UploadMedia> media) {
        if (media.isEmpty()) {
            return 0;
        }
        return jdbc.update("""
                insert into upstream_task (target_id, kind, record_id, media_id)
                select t.id, 'MEDIA', m.record_id, m.media_id
                  from upstream_target t
                 cross join unnest(cast(:recordIds as bigint[]), cast(:mediaIds as bigint[]))
                       with ordinality as m(record_id, media_id, position)
                 where t.id = :targetId and t.media_mode = 'SEPARATE' and t.media_path is not null
                 order by m.position
                on conflict do nothing
                """, new MapSqlParameterSource("targetId", targetId)
                .addValue("recordIds", SqlArrays.numbers(media, UploadMedia::recordId))
                .addValue("mediaIds", SqlArrays.numbers(media, UploadMedia::id)));
    }

    /**
     * Queues the file for targets that take media as separate uploads; inline targets read it
     * with the record.
     */
    // NOTE: a file linked after its record reached an INLINE target is not sent to that target.
    @EventListener
    void onMediaAttached(WeighingMediaAttached event) {
        jdbc.update("""
                insert into upstream_task (target_id, kind, record_id, media_id)
                select id, 'MEDIA', :recordId, :mediaId from upstream_target
                 where enabled and media_mode = 'SEPARATE' and media_path is not null
                on conflict do nothing
                """, new MapSqlParameterSource("recordId", event.recordId()).addValue("mediaId", event.mediaId()));
    }

    /** Queues a push of the whole unit or station list to every enabled target that has the endpoint. */
    public void enqueueRegistry(TaskKind kind) {
        if (kind != TaskKind.UNIT && kind != TaskKind.STATION) {
            throw new IllegalArgumentException("not a registry kind: " + kind);
        }
        String pathColumn = kind == TaskKind.UNIT ? "unit_path" : "station_path";
        // A pending push of the same list is enough: the list is read when it is sent.
        jdbc.update("""
                insert into upstream_task (target_id, kind)
                select t.id, :kind from upstream_target t
                 where t.enabled and t.%s is not null
                   and not exists (select 1 from upstream_task p where p.target_id = t.id and p.kind = :kind
                                      and p.status = 'PENDING' and p.locked_until is null)
                """.formatted(pathColumn), new MapSqlParameterSource("kind", kind.name()));
    }
}
