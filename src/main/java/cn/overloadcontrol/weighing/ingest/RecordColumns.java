package cn.overloadcontrol.weighing.ingest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.weighing.OverloadVerdict;
import cn.overloadcontrol.weighing.VehicleType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Maps record content and judgement to the columns of {@code weighing_record} and back. The
 * chain check rebuilds both from the columns, so the two directions must stay exact inverses.
 */
final class RecordColumns {

    static final String CONTENT_COLUMNS = """
            record_number, lane_no, direction, plate_number, plate_number_raw, plate_color, plate_color_raw,
            plate_color_code_set, plate_type, trailer_plate_number, rear_plate_number, axle_count,
            axle_count_source, vehicle_type, single_drive_axle, single_tyre_groups, air_suspension,
            semitrailer_axle_spacing_mm, registered_total_mass_kg, registered_load_kg, gross_kg, tare_kg, net_kg,
            weighed_at, stable_at, cargo_name, cargo_category, loading_bill_number, consignee, destination,
            driver_name, driver_id_number, driver_phone, release_decision, exited_at, operator_name,
            weight_curve_sha256, plate_read_json, evidence_json, led_message_json""";

    static final String CONTENT_PARAMS = """
            :recordNumber, :laneNo, :direction, :plateNumber, :plateNumberRaw, :plateColor, :plateColorRaw,
            :plateColorCodeSet, :plateType, :trailerPlateNumber, :rearPlateNumber, :axleCount,
            :axleCountSource, :vehicleType, :singleDriveAxle, :singleTyreGroups, :airSuspension,
            :semitrailerAxleSpacingMm, :registeredTotalMassKg, :registeredLoadKg, :grossKg, :tareKg, :netKg,
            :weighedAt, :stableAt, :cargoName, :cargoCategory, :loadingBillNumber, :consignee, :destination,
            :driverName, :driverIdNumber, :driverPhone, :releaseDecision, :exitedAt, :operatorName,
            :weightCurveSha256, :plateReadJson, :evidenceJson, :ledMessageJson""";

    private RecordColumns() {
    }

    static void addContent(MapSqlParameterSource params, RecordContent record) {
        params.addValue("recordNumber", record.recordNumber())
                .addValue("laneNo", record.laneNo())
                .addValue("direction", name(record.direction()))
                .addValue("plateNumber", record.plateNumber())
                .addValue("plateNumberRaw", record.plateNumberRaw())
                .addValue("plateColor", name(record.plateColor()))
                .addValue("plateColorRaw", record.plateColorRaw())
                .addValue("plateColorCodeSet", name(record.plateColorCodeSet()))
                .addValue("plateType", record.plateType())
                .addValue("trailerPlateNumber", record.trailerPlateNumber())
                .addValue("rearPlateNumber", record.rearPlateNumber())
                .addValue("axleCount", record.axleCount())
                .addValue("axleCountSource", name(record.axleCountSource()))
                .addValue("vehicleType", name(record.vehicleType()))
                .addValue("singleDriveAxle", record.singleDriveAxle())
                .addValue("singleTyreGroups", record.singleTyreGroups())
                .addValue("airSuspension", record.airSuspension())
                .addValue("semitrailerAxleSpacingMm", record.semitrailerAxleSpacingMm())
                .addValue("registeredTotalMassKg", record.registeredTotalMassKg())
                .addValue("registeredLoadKg", record.registeredLoadKg())
                .addValue("grossKg", record.grossKg())
                .addValue("tareKg", record.tareKg())
                .addValue("netKg", record.netKg())
                .addValue("weighedAt", timestamp(record.weighedAt()))
                .addValue("stableAt", timestamp(record.stableAt()))
                .addValue("cargoName", record.cargoName())
                .addValue("cargoCategory", record.cargoCategory())
                .addValue("loadingBillNumber", record.loadingBillNumber())
                .addValue("consignee", record.consignee())
                .addValue("destination", record.destination())
                .addValue("driverName", record.driverName())
                .addValue("driverIdNumber", record.driverIdNumber())
                .addValue("driverPhone", record.driverPhone())
                .addValue("releaseDecision", name(record.releaseDecision()))
                .addValue("exitedAt", timestamp(record.exitedAt()))
                .addValue("operatorName", record.operatorName())
                .addValue("weightCurveSha256", record.weightCurveSha256())
                .addValue("plateReadJson", record.plateRead() == null ? null : record.plateRead().canonicalJson())
                .addValue("evidenceJson", record.evidence() == null ? null : record.evidence().canonicalJson())
                .addValue("ledMessageJson", record.ledMessage() == null ? null
                        : record.ledMessage().canonicalJson());
    }

    static void addJudgement(MapSqlParameterSource params, RecordJudgement judgement) {
        params.addValue("limitKg", judgement.limitKg())
                .addValue("limitBasis", judgement.basis())
                .addValue("limitTableVersion", judgement.tableVersion())
                .addValue("limitRuleId", judgement.ruleId())
                .addValue("excessKg", judgement.excessKg())
                .addValue("excessRate", judgement.excessRate())
                .addValue("verdict", judgement.verdict().name())
                .addValue("overloadVerdict", judgement.overload().name())
                .addValue("flags", judgement.flags().stream().map(Enum::name).toArray(String[]::new));
    }

    static RecordContent content(ResultSet rs) throws SQLException {
        return new RecordContent(
                rs.getString("record_number"),
                integer(rs, "lane_no"),
                enumOf(LaneDirection.class, rs.getString("direction")),
                rs.getString("plate_number"),
                rs.getString("plate_number_raw"),
                enumOf(PlateColor.class, rs.getString("plate_color")),
                rs.getString("plate_color_raw"),
                enumOf(PlateColorCodes.class, rs.getString("plate_color_code_set")),
                rs.getString("plate_type"),
                rs.getString("trailer_plate_number"),
                rs.getString("rear_plate_number"),
                integer(rs, "axle_count"),
                enumOf(AxleCountSource.class, rs.getString("axle_count_source")),
                enumOf(VehicleType.class, rs.getString("vehicle_type")),
                rs.getBoolean("single_drive_axle"),
                rs.getInt("single_tyre_groups"),
                rs.getBoolean("air_suspension"),
                integer(rs, "semitrailer_axle_spacing_mm"),
                integer(rs, "registered_total_mass_kg"),
                integer(rs, "registered_load_kg"),
                rs.getInt("gross_kg"),
                integer(rs, "tare_kg"),
                integer(rs, "net_kg"),
                instant(rs, "weighed_at"),
                instant(rs, "stable_at"),
                rs.getString("cargo_name"),
                rs.getString("cargo_category"),
                rs.getString("loading_bill_number"),
                rs.getString("consignee"),
                rs.getString("destination"),
                rs.getString("driver_name"),
                rs.getString("driver_id_number"),
                rs.getString("driver_phone"),
                enumOf(ReleaseDecision.class, rs.getString("release_decision")),
                instant(rs, "exited_at"),
                rs.getString("operator_name"),
                rs.getString("weight_curve_sha256"),
                PlateRead.fromJson(rs.getString("plate_read_json")),
                EvidenceReport.fromJson(rs.getString("evidence_json")),
                LedMessage.fromJson(rs.getString("led_message_json")));
    }

    static RecordJudgement judgement(ResultSet rs) throws SQLException {
        return new RecordJudgement(
                integer(rs, "limit_kg"),
                rs.getString("limit_basis"),
                rs.getString("limit_table_version"),
                rs.getString("limit_rule_id"),
                integer(rs, "excess_kg"),
                rs.getBigDecimal("excess_rate"),
                RecordVerdict.valueOf(rs.getString("verdict")),
                OverloadVerdict.valueOf(rs.getString("overload_verdict")),
                flags(rs.getArray("flags")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static List<RecordFlag> flags(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(RecordFlag::valueOf).sorted().toList();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
