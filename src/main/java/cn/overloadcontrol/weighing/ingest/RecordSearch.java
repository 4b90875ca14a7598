package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.weighing.review.ScopeSql;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records for the review screens and the export. The data scope is part of every WHERE
 * clause, so a record outside it is not found rather than loaded and hidden.
 */
@Service
public class RecordSearch {

    /** Rows the export fetches per round trip; PostgreSQL streams with a cursor inside a transaction. */
    static final int EXPORT_FETCH_SIZE = 1000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ZoneOffset CHINA_OFFSET = ZoneOffset.ofHours(8);
    /** Records {@code r} with their latest revision {@code v}. */
    private static final String SELECT = "select " + RevisionColumns.SELECT_WITH_LATEST + " from weighing_record r"
            + RevisionColumns.LATEST_JOIN;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursorJdbc;

    RecordSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EXPORT_FETCH_SIZE);
        this.cursorJdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** One page of the filtered list, newest weighing first. */
    public Page<RecordListItem> page(RecordFilter filter, DataScope scope, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, scope, params);
        // The count joins the latest revisions only when a condition reads them. The join adds at
        // most one row per record, so it cannot change the count, but it costs an index lookup per
        // matching record: about 150 ms for 86,000 records of 10 million.
        String revisions = readsRevisions(filter) ? RevisionColumns.LATEST_JOIN : "";
        Long total = jdbc.queryForObject("select count(*) from weighing_record r" + revisions
                + " where true" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<RecordListItem> rows = jdbc.query(SELECT + " where true" + where
                + " order by r.weighed_at desc, r.id desc limit :limit offset :offset", params, RecordSearch::item);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /**
     * Returns a token that changes whenever a record or a correction is stored: the newest
     * record id and the newest revision id. The live list sends it back with each poll and gets
     * its rows again only when it changed. Both maxima are read from the id indexes.
     */
    public String changeToken() {
        return jdbc.getJdbcOperations().queryForObject("""
                select coalesce((select max(id) from weighing_record), 0) || '.'
                       || coalesce((select max(id) from weighing_record_revision), 0)
                """, String.class);
    }

    /** One record within the scope, or empty when it does not exist or lies outside. */
    public Optional<RecordDetail> find(long id, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query(SELECT + " where r.id = :id" + ScopeSql.condition(scope, "r.", params),
                params, RecordSearch::detail).stream().findFirst();
    }

    /**
     * Calls {@code sink} for every matching record, newest first, reading them with a database
     * cursor: only one fetch of rows is in memory at a time, however many match.
     */
    @Transactional(readOnly = true)
    public void forEach(RecordFilter filter, DataScope scope, Consumer<RecordListItem> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, scope, params);
        int[] rowNum = {0};
        cursorJdbc.query(SELECT + " where true" + where
                + " order by r.weighed_at desc, r.id desc", params,
                rs -> {
                    sink.accept(item(rs, rowNum[0]++));
                });
    }

    /** Returns whether {@link #where} filters on values that a correction may change, read from the revision. */
    private static boolean readsRevisions(RecordFilter filter) {
        return filter.getPlate() != null || filter.getVerdict() != null || filter.getFlag() != null;
    }

    private static String where(RecordFilter filter, DataScope scope, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(ScopeSql.condition(scope, "r.", params));
        if (filter.getAreaId() != null) {
            where.append(" and r.area_id = :areaId");
            params.addValue("areaId", filter.getAreaId());
        }
        if (filter.getUnitId() != null) {
            where.append(" and r.unit_id = :unitId");
            params.addValue("unitId", filter.getUnitId());
        }
        if (filter.getStationId() != null) {
            where.append(" and r.station_id = :stationId");
            params.addValue("stationId", filter.getStationId());
        }
        if (filter.getFrom() != null) {
            where.append(" and r.weighed_at >= :from");
            params.addValue("from", Timestamp.from(filter.getFrom().atStartOfDay(CHINA).toInstant()));
        }
        if (filter.getTo() != null) {
            where.append(" and r.weighed_at < :to");
            params.addValue("to", Timestamp.from(filter.getTo().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        // Plate, verdict and flags are filtered on the effective values, as the list shows them
        // (readsRevisions lists these three filters).
        // NOTE: coalesce() keeps the plate and verdict indexes of weighing_record out of use;
        // the area, unit, station and time conditions still narrow the scan.
        if (filter.getPlate() != null) {
            where.append(" and coalesce(v.plate_number, r.plate_number) = :plate");
            params.addValue("plate", filter.getPlate());
        }
        if (filter.getVerdict() != null) {
            where.append(" and coalesce(v.verdict, r.verdict) = :verdict");
            params.addValue("verdict", filter.getVerdict().name());
        }
        if (filter.getFlag() != null) {
            where.append(" and :flag = any(coalesce(v.flags, r.flags))");
            params.addValue("flag", filter.getFlag().name());
        }
        return where.toString();
    }

    private static RecordListItem item(ResultSet rs, int rowNum) throws SQLException {
        return new RecordListItem(RecordQueries.row(rs, rowNum), rs.getLong("station_id"), rs.getLong("unit_id"),
                rs.getLong("area_id"));
    }

    private static RecordDetail detail(ResultSet rs, int rowNum) throws SQLException {
        StoredRecord record = StoredRecord.of(rs, rowNum);
        RecordContent content = record.effectiveContent();
        RecordJudgement judgement = record.effectiveJudgement();
        OverloadExplanation overload = OverloadExplanation.of(content, judgement.overload(),
                record.effectiveMassSource(), record.effectiveRegistryMasses());
        return new RecordDetail(record.id(), record.stationId(), record.unitId(), record.areaId(),
                content.recordNumber(), china(content.weighedAt()), content.laneNo(), content.direction(),
                content.plateNumber(),
                content.plateColor() == null ? content.plateColorRaw() : content.plateColor().name(),
                content.trailerPlateNumber(), content.rearPlateNumber(), content.axleCount(), content.vehicleType(),
                content.grossKg(), content.tareKg(), content.netKg(), content.cargoName(), content.cargoCategory(),
                content.loadingBillNumber(), content.consignee(), content.destination(), content.driverName(),
                content.driverPhone(), content.driverIdNumber(), content.releaseDecision(),
                china(content.exitedAt()), content.operatorName(), judgement.limitKg(), judgement.basis(),
                judgement.tableVersion(), judgement.excessKg(), judgement.excessRate(), judgement.verdict(),
                judgement.flags(), record.recordHash(), china(RecordColumns.instant(rs, "received_at")), overload,
                record.latest() == null ? null : record.latest().revisionNo(), content.plateRead(),
                content.evidence(), content.ledMessage());
    }

    private static java.time.OffsetDateTime china(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(CHINA_OFFSET);
    }
}
