package cn.overloadcontrol.weighing.ingest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.weighing.OverloadVerdict;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.VehicleType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Maps revisions to the columns of {@code weighing_record_revision} and back, and joins a
 * record's latest revision to record queries. Joined revision columns carry the prefix
 * {@value #PREFIX}, because the record has columns of the same names.
 */
final class RevisionColumns {

    static final String PREFIX = "rev_";

    private static final List<String> COLUMNS = List.of("id", "record_id", "station_id", "revision_no", "chain_seq",
            "plate_number", "plate_number_raw", "plate_color", "plate_color_raw", "plate_color_code_set",
            "trailer_plate_number", "axle_count", "vehicle_type", "single_drive_axle", "single_tyre_groups",
            "air_suspension", "semitrailer_axle_spacing_mm", "cargo_name", "cargo_category", "release_decision",
            "changed_fields", "reason", "corrected_by", "corrected_at", "limit_kg", "limit_basis",
            "limit_table_version", "limit_rule_id", "excess_kg", "excess_rate", "verdict", "overload_verdict", "flags",
            "registered_mass_source", "registry_total_mass_kg", "registry_load_kg", "registry_imported_from",
            "registry_imported_at", "content_sha256", "record_hash", "previous_hash", "revision_hash");

    /** The record's columns and its latest revision's, prefixed, for a query on {@code weighing_record r}. */
    static final String SELECT_WITH_LATEST = "r.*, " + COLUMNS.stream().map(column -> "v." + column + " as " + PREFIX
            + column).collect(Collectors.joining(", "));

    /** Joins each record {@code r} to its latest revision {@code v}; the revision columns are null without one. */
    static final String LATEST_JOIN = " left join lateral (select * from weighing_record_revision x"
            + " where x.record_id = r.id order by x.revision_no desc limit 1) v on true";

    static final String INSERT = "insert into weighing_record_revision (" + String.join(", ", COLUMNS.subList(1,
            COLUMNS.size())) + ") values (:recordId, :stationId, :revisionNo, :chainSeq, :plateNumber, "
            + ":plateNumberRaw, :plateColor, :plateColorRaw, :plateColorCodeSet, :trailerPlateNumber, :axleCount, "
            + ":vehicleType, :singleDriveAxle, :singleTyreGroups, :airSuspension, :semitrailerAxleSpacingMm, "
            + ":cargoName, :cargoCategory, :releaseDecision, cast(:changedFields as varchar(40)[]), :reason, "
            + ":correctedBy, :correctedAt, :limitKg, :limitBasis, :limitTableVersion, :limitRuleId, :excessKg, "
            + ":excessRate, :verdict, :overloadVerdict, cast(:flags as varchar(32)[]), :massSource, "
            + ":registryTotalMassKg, :registryLoadKg, :registryImportedFrom, :registryImportedAt, :contentSha256, "
            + ":recordHash, :previousHash, :revisionHash)";

    private RevisionColumns() {
    }

    static MapSqlParameterSource params(StoredRevision revision) {
        CorrectableFields fields = revision.fields();
        RegisteredMasses registry = revision.registryMasses();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("recordId", revision.recordId())
                .addValue("stationId", revision.stationId())
                .addValue("revisionNo", revision.revisionNo())
                .addValue("chainSeq", revision.chainSeq())
                .addValue("plateNumber", fields.plateNumber())
                .addValue("plateNumberRaw", fields.plateNumberRaw())
                .addValue("plateColor", RecordColumns.name(fields.plateColor()))
                .addValue("plateColorRaw", fields.plateColorRaw())
                .addValue("plateColorCodeSet", RecordColumns.name(fields.plateColorCodeSet()))
                .addValue("trailerPlateNumber", fields.trailerPlateNumber())
                .addValue("axleCount", fields.axleCount())
                .addValue("vehicleType", RecordColumns.name(fields.vehicleType()))
                .addValue("singleDriveAxle", fields.singleDriveAxle())
                .addValue("singleTyreGroups", fields.singleTyreGroups())
                .addValue("airSuspension", fields.airSuspension())
                .addValue("semitrailerAxleSpacingMm", fields.semitrailerAxleSpacingMm())
                .addValue("cargoName", fields.cargoName())
                .addValue("cargoCategory", fields.cargoCategory())
                .addValue("releaseDecision", RecordColumns.name(fields.releaseDecision()))
                .addValue("changedFields", revision.changedFields().toArray(String[]::new))
                .addValue("reason", revision.reason())
                .addValue("correctedBy", revision.correctedBy())
                .addValue("correctedAt", RecordColumns.timestamp(revision.correctedAt()))
                .addValue("massSource", RecordColumns.name(revision.massSource()))
                .addValue("registryTotalMassKg", registry == null ? null : registry.totalMassKg())
                .addValue("registryLoadKg", registry == null ? null : registry.loadKg())
                .addValue("registryImportedFrom", registry == null ? null : registry.importedFrom())
                .addValue("registryImportedAt", registry == null ? null
                        : RecordColumns.timestamp(registry.importedAt()))
                .addValue("contentSha256", revision.contentSha256())
                .addValue("recordHash", revision.recordHash())
                .addValue("previousHash", revision.previousHash())
                .addValue("revisionHash", revision.revisionHash());
        RecordColumns.addJudgement(params, revision.judgement());
        return params;
    }

    /** Reads the revision whose columns start with {@code prefix}, or returns {@code null} when they are null. */
    static StoredRevision revision(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "id");
        if (rs.wasNull()) {
            return null;
        }
        CorrectableFields fields = new CorrectableFields(
                rs.getString(prefix + "plate_number"),
                rs.getString(prefix + "plate_number_raw"),
                RecordColumns.enumOf(PlateColor.class, rs.getString(prefix + "plate_color")),
                rs.getString(prefix + "plate_color_raw"),
                RecordColumns.enumOf(PlateColorCodes.class, rs.getString(prefix + "plate_color_code_set")),
                rs.getString(prefix + "trailer_plate_number"),
                RecordColumns.integer(rs, prefix + "axle_count"),
                RecordColumns.enumOf(VehicleType.class, rs.getString(prefix + "vehicle_type")),
                rs.getBoolean(prefix + "single_drive_axle"),
                rs.getInt(prefix + "single_tyre_groups"),
                rs.getBoolean(prefix + "air_suspension"),
                RecordColumns.integer(rs, prefix + "semitrailer_axle_spacing_mm"),
                rs.getString(prefix + "cargo_name"),
                rs.getString(prefix + "cargo_category"),
                RecordColumns.enumOf(ReleaseDecision.class, rs.getString(prefix + "release_decision")));
        RecordJudgement judgement = new RecordJudgement(
                RecordColumns.integer(rs, prefix + "limit_kg"),
                rs.getString(prefix + "limit_basis"),
                rs.getString(prefix + "limit_table_version"),
                rs.getString(prefix + "limit_rule_id"),
                RecordColumns.integer(rs, prefix + "excess_kg"),
                rs.getBigDecimal(prefix + "excess_rate"),
                RecordVerdict.valueOf(rs.getString(prefix + "verdict")),
                OverloadVerdict.valueOf(rs.getString(prefix + "overload_verdict")),
                strings(rs.getArray(prefix + "flags")).stream().map(RecordFlag::valueOf).sorted().toList());
        RegisteredMasses.Source massSource = RecordColumns.enumOf(RegisteredMasses.Source.class,
                rs.getString(prefix + "registered_mass_source"));
        return new StoredRevision(id, rs.getLong(prefix + "record_id"), rs.getLong(prefix + "station_id"),
                rs.getInt(prefix + "revision_no"), rs.getLong(prefix + "chain_seq"), fields,
                strings(rs.getArray(prefix + "changed_fields")), rs.getString(prefix + "reason"),
                rs.getString(prefix + "corrected_by"), RecordColumns.instant(rs, prefix + "corrected_at"), judgement,
                massSource, registryMasses(rs, prefix), rs.getString(prefix + "content_sha256"),
                rs.getString(prefix + "record_hash"), rs.getString(prefix + "previous_hash"),
                rs.getString(prefix + "revision_hash"));
    }

    /**
     * Reads the registry's masses stored with a record ({@code prefix} "") or a revision, or
     * returns {@code null} when the registry did not judge it.
     */
    static RegisteredMasses registryMasses(ResultSet rs, String prefix) throws SQLException {
        Integer total = RecordColumns.integer(rs, prefix + "registry_total_mass_kg");
        Integer load = RecordColumns.integer(rs, prefix + "registry_load_kg");
        if (total == null || load == null) {
            return null;
        }
        return new RegisteredMasses(total, load, RegisteredMasses.Source.REGISTRY,
                rs.getString(prefix + "registry_imported_from"),
                RecordColumns.instant(rs, prefix + "registry_imported_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
