package cn.overloadcontrol.upstream.target;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.system.SecretCipher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code upstream_target} rows. Secrets are encrypted with the
 * application key, bound to the target id, and decrypted only for the request that signs with
 * them.
 */
@Repository
public class TargetStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final SecretCipher cipher;

    TargetStore(NamedParameterJdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<UploadTarget> all() {
        return jdbc.query("select * from upstream_target order by id", TargetStore::target);
    }

    public Optional<UploadTarget> find(long id) {
        return jdbc.query("select * from upstream_target where id = :id", new MapSqlParameterSource("id", id),
                TargetStore::target).stream().findFirst();
    }

    public Optional<UploadTarget> findByCode(String code) {
        return jdbc.query("select * from upstream_target where code = :code",
                new MapSqlParameterSource("code", code), TargetStore::target).stream().findFirst();
    }

    /** Returns the mapping JSON as stored, for the edit form. */
    public String mappingText(long id) {
        return jdbc.queryForObject("select mapping from upstream_target where id = :id",
                new MapSqlParameterSource("id", id), String.class);
    }

    /** Decrypts the target's secret; empty when none is stored. */
    public Optional<String> secret(UploadTarget target) {
        if (target.secretCiphertext() == null) {
            return Optional.empty();
        }
        return Optional.of(cipher.decrypt(target.secretCiphertext(), context(target.id())));
    }

    /** Inserts a target and returns its id; the secret, when given, is stored encrypted. */
    public long insert(TargetSettings settings, String secret) {
        MapSqlParameterSource params = params(settings);
        Long id = jdbc.queryForObject("""
                insert into upstream_target (code, name, format, enabled, base_url, record_path, media_path,
                       unit_path, station_path, media_mode, batch_size, connect_timeout_ms, read_timeout_ms,
                       max_attempts, ordered_per_station, mapping, auth_kind, app_key, sign_template, token_path,
                       token_json_path, token_ttl_seconds, response_code_path, success_codes, retry_codes,
                       breaker_threshold, breaker_open_seconds, alert_after_minutes)
                values (:code, :name, :format, :enabled, :baseUrl, :recordPath, :mediaPath, :unitPath,
                       :stationPath, :mediaMode, :batchSize, :connectTimeoutMs, :readTimeoutMs, :maxAttempts,
                       :orderedPerStation, :mapping, :authKind, :appKey, :signTemplate, :tokenPath,
                       :tokenJsonPath, :tokenTtlSeconds, :responseCodePath, :successCodes, :retryCodes,
                       :breakerThreshold, :breakerOpenSeconds, :alertAfterMinutes)
                returning id
                """, params, Long.class);
        if (secret != null && !secret.isEmpty()) {
            storeSecret(id, secret);
        }
        return id;
    }

    /**
     * Updates a target if it still has {@code expectedVersion}; a blank secret keeps the stored
     * one. Returns false when another user changed the target first.
     */
    public boolean update(long id, long expectedVersion, TargetSettings settings, String secret) {
        MapSqlParameterSource params = params(settings).addValue("id", id).addValue("version", expectedVersion);
        int updated = jdbc.update("""
                update upstream_target set name = :name, format = :format, enabled = :enabled, base_url = :baseUrl,
                       record_path = :recordPath, media_path = :mediaPath, unit_path = :unitPath,
                       station_path = :stationPath, media_mode = :mediaMode, batch_size = :batchSize,
                       connect_timeout_ms = :connectTimeoutMs, read_timeout_ms = :readTimeoutMs,
                       max_attempts = :maxAttempts, ordered_per_station = :orderedPerStation, mapping = :mapping,
                       auth_kind = :authKind, app_key = :appKey, sign_template = :signTemplate,
                       token_path = :tokenPath, token_json_path = :tokenJsonPath,
                       token_ttl_seconds = :tokenTtlSeconds, response_code_path = :responseCodePath,
                       success_codes = :successCodes, retry_codes = :retryCodes,
                       breaker_threshold = :breakerThreshold, breaker_open_seconds = :breakerOpenSeconds,
                       alert_after_minutes = :alertAfterMinutes, version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """, params);
        if (updated == 1 && secret != null && !secret.isEmpty()) {
            storeSecret(id, secret);
        }
        return updated == 1;
    }

    /** Pauses or resumes sending; returns false when the target does not exist. */
    public boolean setPaused(long id, boolean paused) {
        return jdbc.update("""
                update upstream_target set paused = :paused, version = version + 1, updated_at = now() where id = :id
                """, new MapSqlParameterSource("id", id).addValue("paused", paused)) == 1;
    }

    private void storeSecret(long id, String secret) {
        jdbc.update("update upstream_target set secret_ciphertext = :ciphertext where id = :id",
                new MapSqlParameterSource("id", id).addValue("ciphertext", cipher.encrypt(secret, context(id))));
    }

    private static String context(long targetId) {
        return "upstream-target:" + targetId;
    }

    private static MapSqlParameterSource params(TargetSettings s) {
        return new MapSqlParameterSource()
                .addValue("code", s.code())
                .addValue("name", s.name())
                .addValue("format", s.format())
                .addValue("enabled", s.enabled())
                .addValue("baseUrl", s.baseUrl())
                .addValue("recordPath", s.recordPath())
                .addValue("mediaPath", s.mediaPath())
                .addValue("unitPath", s.unitPath())
                .addValue("stationPath", s.stationPath())
                .addValue("mediaMode", s.mediaMode().name())
                .addValue("batchSize", s.batchSize())
                .addValue("connectTimeoutMs", s.connectTimeoutMs())
                .addValue("readTimeoutMs", s.readTimeoutMs())
                .addValue("maxAttempts", s.maxAttempts())
                .addValue("orderedPerStation", s.orderedPerStation())
                .addValue("mapping", s.mapping() == null ? "{}" : s.mapping())
                .addValue("authKind", s.authKind().name())
                .addValue("appKey", s.appKey())
                .addValue("signTemplate", s.signTemplate())
                .addValue("tokenPath", s.tokenPath())
                .addValue("tokenJsonPath", s.tokenJsonPath())
                .addValue("tokenTtlSeconds", s.tokenTtlSeconds())
                .addValue("responseCodePath", s.responseCodePath())
                .addValue("successCodes", s.successCodes())
                .addValue("retryCodes", s.retryCodes())
                .addValue("breakerThreshold", s.breakerThreshold())
                .addValue("breakerOpenSeconds", s.breakerOpenSeconds())
                .addValue("alertAfterMinutes", s.alertAfterMinutes());
    }

    private static UploadTarget target(ResultSet rs, int rowNum) throws SQLException {
        return new UploadTarget(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("format"),
                rs.getBoolean("enabled"), rs.getBoolean("paused"), rs.getString("base_url"),
                rs.getString("record_path"), rs.getString("media_path"), rs.getString("unit_path"),
                rs.getString("station_path"), MediaMode.valueOf(rs.getString("media_mode")), rs.getInt("batch_size"),
                Duration.ofMillis(rs.getInt("connect_timeout_ms")), Duration.ofMillis(rs.getInt("read_timeout_ms")),
                rs.getInt("max_attempts"), rs.getBoolean("ordered_per_station"), mapping(rs),
                AuthKind.valueOf(rs.getString("auth_kind")), rs.getString("app_key"),
                rs.getString("secret_ciphertext"), rs.getString("sign_template"), rs.getString("token_path"),
                rs.getString("token_json_path"), Duration.ofSeconds(rs.getInt("token_ttl_seconds")),
                rs.getString("response_code_path"), codes(rs.getString("success_codes")),
                codes(rs.getString("retry_codes")), rs.getInt("breaker_threshold"),
                Duration.ofSeconds(rs.getInt("breaker_open_seconds")),
                Duration.ofMinutes(rs.getInt("alert_after_minutes")), rs.getLong("version"));
    }

    /** A stored mapping was checked when it was saved; one broken by hand falls back to identity. */
    private static FieldMapping mapping(ResultSet rs) throws SQLException {
        try {
            return FieldMappingParser.parse(rs.getString("mapping"));
        } catch (FieldMappingParser.InvalidMappingException e) {
            return FieldMapping.identity();
        }
    }

    /** Splits a comma-separated code list such as {@code "0, 200"}. */
    public static Set<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
