package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a correction with the ingestion rules: the corrected values replace the stored ones in
 * a record request, and {@link RecordParser} validates that request as if a station had sent
 * it. Two rules apply to corrections only: the reason is required, and a plate that an officer
 * types must be a valid plate, because a correction to an unreadable plate corrects nothing.
 */
@Component
class CorrectionChecks {

    static final int MIN_REASON_LENGTH = 5;
    static final int MAX_REASON_LENGTH = 500;

    private final RecordParser parser;

    CorrectionChecks(RecordParser parser) {
        this.parser = parser;
    }

    /**
     * Returns the corrected values of the correctable fields, or throws
     * {@link CorrectionRejectedException} with every problem found.
     */
    CorrectableFields check(CorrectionRequest request, StoredRecord record, Instant now) {
        CorrectableFields previous = record.effectiveFields();
        List<FieldProblem> problems = new ArrayList<>();
        checkReason(request.reason(), problems);
        RecordParser.Result parsed = parser.parse(recordRequest(record.content(), request), now);
        problems.addAll(parsed.problems());
        checkTypedPlate("plateNumber", request.plateNumber(), previous.plateNumber(), problems);
        checkTypedPlate("trailerPlateNumber", request.trailerPlateNumber(), previous.trailerPlateNumber(), problems);
        if (!problems.isEmpty()) {
            throw new CorrectionRejectedException(problems);
        }

        CorrectableFields corrected = keepEnteredForms(CorrectableFields.of(parsed.content()), previous);
        if (corrected.values().equals(previous.values())) {
            throw new CorrectionRejectedException(List.of(FieldProblem.error(CorrectionRejectedException.WHOLE_FORM,
                    null, "correction.unchanged")));
        }
        return corrected;
    }

    /** Returns the reason without surrounding spaces; call after {@link #check} has accepted it. */
    static String reason(CorrectionRequest request) {
        return request.reason().strip();
    }

    private static void checkReason(String value, List<FieldProblem> problems) {
        String reason = value == null ? "" : value.strip();
        if (reason.isEmpty()) {
            problems.add(FieldProblem.error("reason", value, "required"));
        } else if (reason.length() < MIN_REASON_LENGTH) {
            problems.add(FieldProblem.error("reason", value, "correction.reason_too_short", MIN_REASON_LENGTH));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            problems.add(FieldProblem.error("reason", reason, "too_long", MAX_REASON_LENGTH));
        }
    }

    private static void checkTypedPlate(String field, String value, String previous, List<FieldProblem> problems) {
        boolean blank = value == null || value.isBlank();
        if (blank && previous == null) {
            return;
        }
        String normalized = blank ? null : PlateNumber.normalize(value);
        if (Objects.equals(normalized, previous)) {
            return;
        }
        if (blank || !PlateNumber.of(value).valid()) {
            problems.add(FieldProblem.error(field, value, "correction.plate_invalid"));
        }
    }

    /**
     * Keeps the stored raw plate and colour code when the officer left the value as it was, so
     * resubmitting the form in another code set changes nothing.
     */
    private static CorrectableFields keepEnteredForms(CorrectableFields corrected, CorrectableFields previous) {
        boolean samePlate = Objects.equals(corrected.plateNumber(), previous.plateNumber());
        boolean sameColor = corrected.plateColor() == previous.plateColor();
        return new CorrectableFields(corrected.plateNumber(),
                samePlate ? previous.plateNumberRaw() : corrected.plateNumberRaw(), corrected.plateColor(),
                sameColor ? previous.plateColorRaw() : corrected.plateColorRaw(),
                sameColor ? previous.plateColorCodeSet() : corrected.plateColorCodeSet(),
                corrected.trailerPlateNumber(), corrected.axleCount(), corrected.vehicleType(),
                corrected.singleDriveAxle(), corrected.singleTyreGroups(), corrected.airSuspension(),
                corrected.semitrailerAxleSpacingMm(), corrected.cargoName(), corrected.cargoCategory(),
                corrected.releaseDecision());
    }

    /** Builds a station request from the stored record, with the corrected values in place of the correctable fields. */
    private static WeighingRecordRequest recordRequest(RecordContent stored, CorrectionRequest correction) {
        String colorCode = correction.plateColorCode() == null || correction.plateColorCode().isBlank() ? null
                : correction.plateColorCode();
        return new WeighingRecordRequest(stored.recordNumber(), stored.laneNo(), name(stored.direction()),
                correction.plateNumber(), colorCode, colorCode == null ? null : PlateColorCodes.JTT_697_7_2014.name(),
                stored.plateType(), correction.trailerPlateNumber(), stored.rearPlateNumber(), correction.axleCount(),
                name(stored.axleCountSource()), correction.vehicleType(), correction.singleDriveAxle(),
                correction.singleTyreGroups(), correction.airSuspension(), correction.semitrailerAxleSpacingMm(),
                stored.registeredTotalMassKg(), stored.registeredLoadKg(), stored.grossKg(), stored.tareKg(),
                stored.netKg(), text(stored.weighedAt()), text(stored.stableAt()), correction.cargoName(),
                correction.cargoCategory(), stored.loadingBillNumber(), stored.consignee(), stored.destination(),
                stored.driverName(), stored.driverIdNumber(), stored.driverPhone(), correction.releaseDecision(),
                text(stored.exitedAt()), stored.operatorName(), null, null, null, null);
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
