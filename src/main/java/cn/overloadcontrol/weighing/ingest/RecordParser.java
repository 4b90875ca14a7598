package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.weighing.Vehicle;
import cn.overloadcontrol.weighing.VehicleType;
import org.springframework.stereotype.Component;

/**
 * Validates a record request and normalizes it into {@link RecordContent}. A record that breaks
 * a rule is rejected with every problem; a record that is odd but possible (no readable plate,
 * unknown axle count) passes here and is flagged by {@link RecordJudge}.
 */
@Component
class RecordParser {

    /** The heaviest plausible gross weight: above any legal limit with a wide margin (kg). */
    static final int MAX_GROSS_KG = 200_000;

    /** Plate types (号牌种类) of GA 24.7. */
    static final Set<String> PLATE_TYPES = Set.of("01", "02", "13", "14", "15", "16", "22", "23", "41", "42", "43",
            "51", "52", "99");

    private final WeighingProperties properties;

    RecordParser(WeighingProperties properties) {
        this.properties = properties;
    }

    /** The content, or the problems that reject the record. */
    record Result(RecordContent content, WeightCurve curve, List<FieldProblem> problems) {

        boolean rejected() {
            return !problems.isEmpty();
        }
    }

    Result parse(WeighingRecordRequest request, Instant now) {
        FieldChecks checks = new FieldChecks(now, properties.clockSkew());

        String recordNumber = checks.requiredText("recordNumber", request.recordNumber(), 64);
        Integer laneNo = checks.range("laneNo", request.laneNo(), 1, 99, "number.out_of_range");
        LaneDirection direction = checks.requiredEnum("direction", request.direction(), LaneDirection.class);

        String plateRaw = checks.text("plateNumber", request.plateNumber(), 32);
        PlateColorCodes codeSet = checks.enumValue("plateColorCodeSet", request.plateColorCodeSet(),
                PlateColorCodes.class);
        String colorRaw = checks.text("plateColorCode", request.plateColorCode(), 8);
        String plateType = plateType(checks, request.plateType());
        String trailerRaw = checks.text("trailerPlateNumber", request.trailerPlateNumber(), 32);
        String rearRaw = checks.text("rearPlateNumber", request.rearPlateNumber(), 32);

        Integer axleCount = checks.range("axleCount", request.axleCount(), Vehicle.MIN_AXLES, Vehicle.MAX_AXLES,
                "axle_count.out_of_range");
        AxleCountSource axleSource = checks.enumValue("axleCountSource", request.axleCountSource(),
                AxleCountSource.class);
        VehicleType vehicleType = checks.enumValue("vehicleType", request.vehicleType(), VehicleType.class);
        int singleTyreGroups = singleTyreGroups(checks, request.singleTyreGroups(), axleCount);
        Integer axleSpacing = checks.range("semitrailerAxleSpacingMm", request.semitrailerAxleSpacingMm(), 1,
                18_100, "number.out_of_range");
        Integer registeredTotal = checks.range("registeredTotalMassKg", request.registeredTotalMassKg(), 1,
                MAX_GROSS_KG, "number.out_of_range");
        Integer registeredLoad = registeredLoad(checks, request.registeredLoadKg(), registeredTotal);

        Integer grossKg = gross(checks, request.grossKg());
        Integer tareKg = tare(checks, request.tareKg(), grossKg);
        Integer netKg = net(checks, request.netKg(), grossKg, tareKg);

        Instant weighedAt = checks.requiredTime("weighedAt", request.weighedAt());
        Instant stableAt = checks.time("stableAt", request.stableAt());
        Instant exitedAt = checks.time("exitedAt", request.exitedAt());
        ReleaseDecision release = checks.enumValue("releaseDecision", request.releaseDecision(),
                ReleaseDecision.class);

        String cargoName = checks.text("cargoName", request.cargoName(), 64);
        String cargoCategory = checks.text("cargoCategory", request.cargoCategory(), 32);
        String loadingBill = checks.text("loadingBillNumber", request.loadingBillNumber(), 64);
        String consignee = checks.text("consignee", request.consignee(), 128);
        String destination = checks.text("destination", request.destination(), 128);
        String driverName = checks.text("driverName", request.driverName(), 64);
        String driverId = checks.text("driverIdNumber", request.driverIdNumber(), 32);
        String driverPhone = checks.text("driverPhone", request.driverPhone(), 32);
        String operator = checks.text("operatorName", request.operatorName(), 64);
        WeightCurve curve = WeightCurveChecks.check(checks, request.weightCurve());
        PlateRead plateRead = StationFactsChecks.plateRead(checks, request.plateRead());
        EvidenceReport evidence = StationFactsChecks.evidence(checks, request.evidence());
        LedMessage ledMessage = StationFactsChecks.ledMessage(checks, request.ledMessage());

        if (!checks.problems().isEmpty()) {
            return new Result(null, null, checks.problems());
        }

        PlateColorCodes colorCodes = colorRaw == null ? null : codeSet == null ? PlateColorCodes.JTT_697_7_2014
                : codeSet;
        PlateColor color = colorCodes == null ? PlateColor.UNKNOWN : colorCodes.fromCode(colorRaw);
        RecordContent content = new RecordContent(recordNumber, laneNo, direction, PlateNumber.normalize(plateRaw),
                plateRaw, color, colorRaw, colorCodes, plateType, normalizedOrNull(trailerRaw),
                normalizedOrNull(rearRaw), axleCount, axleSource, vehicleType, isTrue(request.singleDriveAxle()),
                singleTyreGroups, isTrue(request.airSuspension()), axleSpacing, registeredTotal, registeredLoad,
                grossKg, tareKg, netKg, weighedAt, stableAt, cargoName, cargoCategory, loadingBill, consignee,
                destination, driverName, driverId, driverPhone, release, exitedAt, operator,
                curve == null ? null : curve.sha256(), plateRead, evidence, ledMessage);
        return new Result(content, curve, List.of());
    }

    private static String plateType(FieldChecks checks, String value) {
        String type = checks.text("plateType", value, 2);
        if (type != null && !PLATE_TYPES.contains(type)) {
            checks.add(FieldProblem.error("plateType", value, "plate_type.unknown"));
            return null;
        }
        return type;
    }

    /** The steering axle and the drive axle never count, so at most axleCount - 2 groups. */
    private static int singleTyreGroups(FieldChecks checks, Integer value, Integer axleCount) {
        if (value == null) {
            return 0;
        }
        int max = axleCount == null ? Vehicle.MAX_AXLES - 2 : axleCount - 2;
        Integer checked = checks.range("singleTyreGroups", value, 0, max, "number.out_of_range");
        return checked == null ? 0 : checked;
    }

    private static Integer registeredLoad(FieldChecks checks, Integer value, Integer registeredTotal) {
        Integer load = checks.range("registeredLoadKg", value, 1, MAX_GROSS_KG, "number.out_of_range");
        if (load != null && registeredTotal != null && load >= registeredTotal) {
            checks.add(FieldProblem.error("registeredLoadKg", load.toString(), "weight.load_not_below_total",
                    registeredTotal));
            return null;
        }
        return load;
    }

    private static Integer gross(FieldChecks checks, Integer value) {
        if (value == null) {
            checks.add(FieldProblem.error("grossKg", null, "required"));
            return null;
        }
        return checks.range("grossKg", value, 1, MAX_GROSS_KG, "weight.gross_out_of_range");
    }

    private static Integer tare(FieldChecks checks, Integer value, Integer grossKg) {
        Integer tare = checks.range("tareKg", value, 1, MAX_GROSS_KG, "number.out_of_range");
        if (tare != null && grossKg != null && tare > grossKg) {
            checks.add(FieldProblem.error("tareKg", tare.toString(), "weight.tare_above_gross", grossKg));
            return null;
        }
        return tare;
    }

    /** Net = gross - tare when both are known; a net weight that disagrees rejects the record. */
    private static Integer net(FieldChecks checks, Integer value, Integer grossKg, Integer tareKg) {
        if (grossKg != null && tareKg != null) {
            int expected = grossKg - tareKg;
            if (value != null && value != expected) {
                checks.add(FieldProblem.error("netKg", value.toString(), "weight.net_mismatch", expected));
            }
            return expected;
        }
        Integer net = checks.range("netKg", value, 0, MAX_GROSS_KG, "number.out_of_range");
        if (net != null && grossKg != null && net > grossKg) {
            checks.add(FieldProblem.error("netKg", net.toString(), "weight.net_above_gross", grossKg));
            return null;
        }
        return net;
    }

    private static String normalizedOrNull(String raw) {
        return raw == null ? null : PlateNumber.normalize(raw);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
