package cn.overloadcontrol.upstream.outbox;

import java.sql.Timestamp;

import cn.overloadcontrol.weighing.WeighingMediaAttached;
import cn.overloadcontrol.weighing.WeighingRecordStored;
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
 * event costs one INSERT ... SELECT that covers every enabled target.
 */
@Component
public class UploadOutbox {

    private static final Logger log = LoggerFactory.getLogger(UploadOutbox.class);

    private final NamedParameterJdbcTemplate jdbc;

    UploadOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onRecordStored(WeighingRecordStored event) {
        int tasks = jdbc.update("""
                insert into upstream_task (target_id, kind, record_id, station_id, unit_id, weighed_at)
                select id, 'RECORD', :recordId, :stationId, :unitId, :weighedAt from upstream_target where enabled
                on conflict do nothing
                """, new MapSqlParameterSource("recordId", event.recordId())
                .addValue("stationId", event.stationId())
                .addValue("unitId", event.unitId())
                .addValue("weighedAt", Timestamp.from(event.weighedAt())));
        log.debug("Queued record {} for {} targets", event.recordId(), tasks);
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
