package cn.overloadcontrol.weighing.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers' queue: raises items, lists them within the data scope, records decisions. */
@Service
public class ReviewItems {

    static final String AUDIT_TYPE = "review_item";
    private static final Logger log = LoggerFactory.getLogger(ReviewItems.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    ReviewItems(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Puts a record on the queue in the caller's transaction, so the item and the record are
     * stored together or not at all. A second raise of the same record and kind adds nothing.
     */
    public void raise(NewReviewItem item) {
        raiseAll(List.of(item));
    }

    /**
     * Puts records on the queue with one JDBC batch, in the caller's transaction, as
     * {@link #raise} does for each of them.
     */
    public void raiseAll(List<NewReviewItem> items) {
        if (items.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] params = items.stream().map(ReviewItems::params)
                .toArray(MapSqlParameterSource[]::new);
        int[] inserted = jdbc.batchUpdate("""
                insert into review_item (record_id, weighed_at, kind, station_id, unit_id, area_id, plate_number, detail,
                                         excess_kg)
                values (:recordId, :weighedAt, :kind, :stationId, :unitId, :areaId, :plate, :detail, :excessKg)
                on conflict (record_id, kind) do nothing
                """, params);
        for (int i = 0; i < items.size(); i++) {
            if (inserted[i] > 0) {
                NewReviewItem item = items.get(i);
                log.info("Queued record {} as {} for unit {}", item.recordId(), item.kind(), item.unitId());
            }
        }
    }

    private static MapSqlParameterSource params(NewReviewItem item) {
        return new MapSqlParameterSource("recordId", item.recordId())
                .addValue("weighedAt", Timestamp.from(item.weighedAt()))
                .addValue("kind", item.kind().name())
                .addValue("stationId", item.stationId())
                .addValue("unitId", item.unitId())
                .addValue("areaId", item.areaId())
                .addValue("plate", item.plateNumber())
                .addValue("detail", item.detail())
                .addValue("excessKg", item.excessKg());
    }

    /**
     * Notes a correction of the record on all its items, whatever their status, in the caller's
     * transaction. The status and the decision stay as they are: the officer decides.
     */
    public void noteRevision(long recordId, int revisionNo, String verdict) {
        int noted = jdbc.update("""
                update review_item set record_revision_no = :revisionNo, revised_verdict = :verdict
                 where record_id = :recordId
                """, new MapSqlParameterSource("recordId", recordId).addValue("revisionNo", revisionNo)
                .addValue("verdict", verdict));
        if (noted > 0) {
            log.info("Noted revision {} ({}) of record {} on {} queue items", revisionNo, verdict, recordId, noted);
        }
    }

    /** Items matching the filter within the scope, newest weighing first. */
    public Page<ReviewItem> search(ReviewFilter filter, DataScope scope, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, scope, params);
        Long total = jdbc.queryForObject("select count(*) from review_item i where true" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ReviewItem> rows = jdbc.query("select * from review_item i where true" + where
                + " order by i.weighed_at desc, i.id desc limit :limit offset :offset", params, ReviewItems::row);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The items of one record, for the record's detail page. */
    public List<ReviewItem> ofRecord(long recordId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("recordId", recordId);
        return jdbc.query("select * from review_item i where i.record_id = :recordId"
                + ScopeSql.condition(scope, "i.", params) + " order by i.id", params, ReviewItems::row);
    }

    public Optional<ReviewItem> find(long id, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query("select * from review_item i where i.id = :id" + ScopeSql.condition(scope, "i.", params),
                params, ReviewItems::row).stream().findFirst();
    }

    /**
     * Records the officer's decision with the comment and audits it. An item outside the scope
     * is not found; an item already decided keeps its first decision.
     */
    @Transactional
    public ReviewItem decide(long id, ReviewStatus decision, String comment, DataScope scope) {
        ReviewItem before = find(id, scope).orElseThrow(() -> new ReviewItemNotFoundException(id));
        if (before.status().isDecision()) {
            throw new ReviewAlreadyDecidedException(before);
        }
        String officer = CurrentUsers.find().map(user -> user.username()).orElse("?");
        int updated = jdbc.update("""
                update review_item set status = :status, decision_comment = :comment, decided_by = :officer,
                       decided_at = now() where id = :id and status = 'OPEN'
                """, new MapSqlParameterSource("id", id).addValue("status", decision.name())
                .addValue("comment", comment).addValue("officer", officer));
        if (updated == 0) {
            // Another officer decided the item between the read above and this update.
            throw new ReviewAlreadyDecidedException(find(id, scope).orElseThrow());
        }
        ReviewItem after = find(id, scope).orElseThrow();
        audit.record(AuditEntry.success(AuditAction.STATUS_CHANGE, AUDIT_TYPE, id,
                before.plateNumber() + " " + before.kind(), AuditChanges.diff(auditFields(before), auditFields(after))));
        log.info("Queue item {} of record {} decided {} by {}", id, before.recordId(), decision, officer);
        return after;
    }

    /** Violations (illegal releases) per unit id, for the units' record. */
    public Map<Long, Long> violationCountsByUnit(DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query("select i.unit_id, count(*) as n from review_item i where i.kind <> 'SUSPICIOUS'"
                + " and i.status <> 'FALSE_ALARM'" + ScopeSql.condition(scope, "i.", params)
                + " group by i.unit_id order by n desc, i.unit_id", params,
                rs -> {
                    counts.put(rs.getLong("unit_id"), rs.getLong("n"));
                });
        return counts;
    }

    private static Map<String, Object> auditFields(ReviewItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", item.status().name());
        fields.put("decisionComment", item.decisionComment());
        return fields;
    }

    private static String where(ReviewFilter filter, DataScope scope, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(ScopeSql.condition(scope, "i.", params));
        if (filter.getStatus() != null) {
            where.append(" and i.status = :status");
            params.addValue("status", filter.getStatus().name());
        }
        if (filter.getKind() != null) {
            where.append(" and i.kind = :kind");
            params.addValue("kind", filter.getKind().name());
        }
        if (filter.getAreaId() != null) {
            where.append(" and i.area_id = :areaId");
            params.addValue("areaId", filter.getAreaId());
        }
        if (filter.getUnitId() != null) {
            where.append(" and i.unit_id = :unitId");
            params.addValue("unitId", filter.getUnitId());
        }
        if (filter.getFrom() != null) {
            where.append(" and i.weighed_at >= :from");
            params.addValue("from", Timestamp.from(filter.getFrom().atStartOfDay(CHINA).toInstant()));
        }
        if (filter.getTo() != null) {
            where.append(" and i.weighed_at < :to");
            params.addValue("to", Timestamp.from(filter.getTo().plusDays(1).atTime(LocalTime.MIDNIGHT)
                    .atZone(CHINA).toInstant()));
        }
        return where.toString();
    }

    private static ReviewItem row(ResultSet rs, int rowNum) throws SQLException {
        return new ReviewItem(rs.getLong("id"), rs.getLong("record_id"), time(rs, "weighed_at"),
                ReviewKind.valueOf(rs.getString("kind")), rs.getLong("station_id"), rs.getLong("unit_id"),
                rs.getLong("area_id"), rs.getString("plate_number"), rs.getString("detail"),
                (Integer) rs.getObject("excess_kg"), ReviewStatus.valueOf(rs.getString("status")), rs.getString("decision_comment"),
                rs.getString("decided_by"), time(rs, "decided_at"), time(rs, "created_at"),
                (Integer) rs.getObject("record_revision_no"), rs.getString("revised_verdict"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(CHINA).toOffsetDateTime();
    }
}
