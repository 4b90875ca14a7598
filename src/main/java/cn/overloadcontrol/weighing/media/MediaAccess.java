package cn.overloadcontrol.weighing.media;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds media a user may see: a hash is visible when at least one record in the user's scope
 * links it. The scope is part of the query, so media of other towns or units is not found.
 */
@Service
public class MediaAccess {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final NamedParameterJdbcTemplate jdbc;

    MediaAccess(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The content type of the media with this hash if a record in {@code scope} links it. */
    public Optional<String> visibleContentType(String sha256, DataScope scope) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("sha256", sha256);
        String sql = """
                select m.content_type
                  from weighing_media m
                  join weighing_record_key k on k.record_id = m.record_id
                  join weighing_record r on r.id = k.record_id and r.weighed_at = k.weighed_at
                 where m.sha256 = :sha256 and %s
                 limit 1
                """.formatted(scopeCondition(scope, params));
        List<String> types = jdbc.queryForList(sql, params, String.class);
        return types.stream().findFirst();
    }

    private static String scopeCondition(DataScope scope, MapSqlParameterSource params) {
        if (scope.all()) {
            return "true";
        }
        if (scope.unitId() != null) {
            params.addValue("unitId", scope.unitId());
            return "r.unit_id = :unitId";
        }
        if (scope.areaIds().isEmpty()) {
            return "false";
        }
        params.addValue("areaIds", scope.areaIds());
        return "r.area_id in (:areaIds)";
    }
}
