package cn.overloadcontrol.agent.board;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.LedTemplate;
import cn.overloadcontrol.weighing.LimitEngine;
import cn.overloadcontrol.weighing.LimitInputException;
import cn.overloadcontrol.weighing.LimitJudgement;
import cn.overloadcontrol.weighing.Vehicle;
import cn.overloadcontrol.weighing.VehicleType;
import tools.jackson.databind.JsonNode;

/**
 * Judges a record request against the bundled limit tables and renders the board message of
 * its verdict. A record without an axle count, with an unknown vehicle type where the limit
 * depends on it, or without a usable weight or time gets the 结论未知 text.
 */
public final class VerdictTexts {

    /** Shown in place of the plate when the record has none. */
    static final String NO_PLATE = "无车牌";
    /** Values that only check at start-up that each template renders with what its verdict has. */
    private static final long SAMPLE_GROSS_KG = 49_020;
    private static final long SAMPLE_LIMIT_KG = 46_000;

    private final LimitEngine engine;
    private final LedTemplate compliant;
    private final LedTemplate overLimit;
    private final LedTemplate unknown;

    /**
     * @throws IllegalArgumentException when a template uses a value its verdict lacks, for example
     *                                  {@code {excessT}} in the compliant text or {@code {limitT}}
     *                                  in the unknown one
     */
    public VerdictTexts(LimitEngine engine, LedTemplate compliant, LedTemplate overLimit, LedTemplate unknown) {
        this.engine = engine;
        this.compliant = compliant;
        this.overLimit = overLimit;
        this.unknown = unknown;
        compliant.render("晋E12345", SAMPLE_GROSS_KG, SAMPLE_LIMIT_KG, null);
        overLimit.render("晋E12345", SAMPLE_GROSS_KG, SAMPLE_LIMIT_KG, SAMPLE_GROSS_KG - SAMPLE_LIMIT_KG);
        unknown.render("晋E12345", SAMPLE_GROSS_KG, null, null);
    }

    /** Judges {@code request}, a record as the station sends it to the platform. */
    public LocalVerdict judge(JsonNode request) {
        String plate = request.path("plateNumber").asString("");
        if (plate.isBlank()) {
            plate = NO_PLATE;
        }
        long grossKg = request.path("grossKg").asLong(0);
        LimitJudgement judgement = judgement(request, grossKg);
        if (judgement == null) {
            return new LocalVerdict(LocalVerdict.Kind.UNKNOWN, null, unknown.render(plate, grossKg, null, null));
        }
        long limitKg = judgement.limitKg();
        if (judgement.verdict().overLimit()) {
            LedMessage message = overLimit.render(plate, grossKg, limitKg, (long) judgement.excessKg());
            return new LocalVerdict(LocalVerdict.Kind.OVER_LIMIT, judgement.limitKg(), message);
        }
        LedMessage message = compliant.render(plate, grossKg, limitKg, null);
        return new LocalVerdict(LocalVerdict.Kind.COMPLIANT, judgement.limitKg(), message);
    }

    /** Returns the judgement, or {@code null} when the record lacks a fact the limit needs. */
    private LimitJudgement judgement(JsonNode request, long grossKg) {
        if (!request.path("axleCount").isIntegralNumber() || grossKg <= 0 || grossKg > Integer.MAX_VALUE) {
            return null;
        }
        Instant weighedAt = weighedAt(request);
        if (weighedAt == null) {
            return null;
        }
        try {
            Vehicle vehicle = Vehicle.of(request.path("axleCount").asInt(), vehicleType(request));
            return engine.judge(vehicle, (int) grossKg, null, weighedAt);
        } catch (LimitInputException e) {
            // For example 3 axles without a type: the limit differs between a truck and a combination.
            return null;
        }
    }

    private static VehicleType vehicleType(JsonNode request) {
        String value = request.path("vehicleType").asString("");
        for (VehicleType type : VehicleType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }

    private static Instant weighedAt(JsonNode request) {
        try {
            return OffsetDateTime.parse(request.path("weighedAt").asString("")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
