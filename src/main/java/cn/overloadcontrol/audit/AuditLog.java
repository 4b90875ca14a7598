package cn.overloadcontrol.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit module's API: appends events and searches them. Writes join the caller's
 * transaction, so a change that rolls back leaves no "success" behind.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final TypeReference<Map<String, FieldChange>> CHANGES_TYPE = new TypeReference<>() {
    };

    private static final String INSERT = """
            insert into audit_log (actor, actor_user_id, remote_addr, action, object_type, object_id,
                                   object_label, changes, result, detail)
            values (:actor, :actorUserId, :remoteAddr, :action, :objectType, :objectId,
                    :objectLabel, cast(:changes as jsonb), :result, :detail)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AuditEntry entry) {
        MapSqlParameterSource params = parameters(entry);
        jdbc.update(INSERT, params);
        log.debug("Audit {} {} {} by {} from {}: {}", entry.action(), entry.objectType(), entry.objectId(),
                params.getValue("actor"), params.getValue("remoteAddr"), entry.result());
    }

    /**
     * Appends many events in one JDBC batch, each stored as {@link #record} stores it. Bulk
     * operations such as an Excel import of thousands of units audit each row this way.
     */
    public void recordAll(List<AuditEntry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(this::parameters).toArray(MapSqlParameterSource[]::new));
        log.debug("Audit batch of {} events", entries.size());
    }

    private MapSqlParameterSource parameters(AuditEntry entry) {
        CurrentUser user = CurrentUsers.find().orElse(null);
        String actor = entry.actorOverride();
        Long actorUserId = entry.actorUserIdOverride();
        if (actor == null && user != null) {
            actor = user.username();
            actorUserId = user.userId();
        }
        String remoteAddr = entry.remoteAddrOverride() != null ? entry.remoteAddrOverride() : currentRemoteAddr();
        String changes = entry.changes() == null || entry.changes().isEmpty() ? null
                : json.writeValueAsString(entry.changes());

        return new MapSqlParameterSource()
                .addValue("actor", truncate(actor, 64))
                .addValue("actorUserId", actorUserId)
                .addValue("remoteAddr", truncate(remoteAddr, 64))
                .addValue("action", entry.action().name())
                .addValue("objectType", entry.objectType())
                .addValue("objectId", truncate(entry.objectId(), 64))
                .addValue("objectLabel", truncate(entry.objectLabel(), 256))
                .addValue("changes", changes)
                .addValue("result", entry.result().name())
                .addValue("detail", truncate(entry.detail(), 1000));
    }

    public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (StringUtils.hasText(query.actor())) {
            where.append(" and actor = :actor");
            params.addValue("actor", query.actor().strip());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            params.addValue("action", query.action().name());
        }
        if (StringUtils.hasText(query.objectType())) {
            where.append(" and object_type = :objectType");
            params.addValue("objectType", query.objectType().strip());
        }
        if (StringUtils.hasText(query.objectId())) {
            where.append(" and object_id = :objectId");
            params.addValue("objectId", query.objectId().strip());
        }
        if (query.result() != null) {
            where.append(" and result = :result");
            params.addValue("result", query.result().name());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.addValue("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.addValue("to", query.to());
        }

        Long total = jdbc.queryForObject("select count(*) from audit_log" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize());
        params.addValue("offset", pageable.getOffset());
        List<AuditRecord> rows = jdbc.query("select * from audit_log" + where
                + " order by occurred_at desc, id desc limit :limit offset :offset", params, this::mapRow);
        return new PageImpl<>(new ArrayList<>(rows), pageable, total == null ? 0 : total);
    }

    private AuditRecord mapRow(ResultSet rs, int rowNum) throws SQLException {
        String changesJson = rs.getString("changes");
        Map<String, FieldChange> changes = changesJson == null ? Map.of()
                : new LinkedHashMap<>(json.readValue(changesJson, CHANGES_TYPE));
        Timestamp occurredAt = rs.getTimestamp("occurred_at");
        return new AuditRecord(
                rs.getLong("id"),
                occurredAt.toInstant().atOffset(ZoneOffset.ofHours(8)),
                rs.getString("actor"),
                rs.getString("remote_addr"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("object_label"),
                changes,
                AuditResult.valueOf(rs.getString("result")),
                rs.getString("detail"));
    }

    private static String currentRemoteAddr() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }
}
