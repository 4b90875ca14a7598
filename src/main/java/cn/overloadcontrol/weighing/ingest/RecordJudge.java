package cn.overloadcontrol.weighing.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.weighing.LimitEngine;
import cn.overloadcontrol.weighing.LimitInputException;
import cn.overloadcontrol.weighing.LimitJudgement;
import cn.overloadcontrol.weighing.OverloadVerdict;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.Vehicle;
import org.springframework.stereotype.Component;

/**
 * Judges a valid record against the limit in force at its weighing time and flags what is odd
 * about it. Never rejects: a record that cannot be judged gets the verdict UNKNOWN and a flag.
 */
@Component
class RecordJudge {

    private static final int MAX_BASIS_LENGTH = 500;

    private final LimitEngine limits;

    RecordJudge(LimitEngine limits) {
        this.limits = limits;
    }

    RecordJudgement judge(RecordContent record, StationProfile station) {
        return judge(record, station, null);
    }

    /**
     * Judges with the registry's masses when the record carries none: {@code registered} is the
     * registry's row for the plate, or {@code null} to judge the record's own masses.
     */
    RecordJudgement judge(RecordContent record, StationProfile station, RegisteredMasses registered) {
        Set<RecordFlag> flags = EnumSet.noneOf(RecordFlag.class);
        flagPlates(record, flags);
        flagLane(record, station, flags);
        if (record.evidence() != null && record.evidence().snapshotMissing()) {
            flags.add(RecordFlag.PHOTO_MISSING);
        }
        if (record.evidence() != null && record.evidence().clipMissing()) {
            flags.add(RecordFlag.CLIP_MISSING);
        }

        if (record.axleCount() == null) {
            flags.add(RecordFlag.AXLE_COUNT_UNKNOWN);
            return unknown("轴数未知，无法认定限值", flags);
        }
        try {
            LimitJudgement judgement = limits.judge(vehicle(record, registered), record.grossKg(), record.netKg(),
                    record.weighedAt());
            return new RecordJudgement(judgement.limitKg(), judgement.limit().basis(),
                    judgement.limit().tableVersion(), judgement.limit().ruleId(), judgement.excessKg(),
                    judgement.excessRate(), RecordVerdict.of(judgement.verdict()), judgement.overload(),
                    List.copyOf(flags));
        } catch (LimitInputException e) {
            flags.add(RecordFlag.LIMIT_UNDETERMINED);
            return unknown(truncate("无法认定限值：" + e.getMessage()), flags);
        }
    }

    /**
     * Returns where the masses that judge 超载 come from: the registry's row when one is given,
     * else the record's own masses when it carries any, else {@code null}.
     */
    static RegisteredMasses.Source massSource(RecordContent record, RegisteredMasses registered) {
        if (registered != null) {
            return registered.source();
        }
        boolean ownMasses = record.registeredTotalMassKg() != null || record.registeredLoadKg() != null;
        return ownMasses ? RegisteredMasses.Source.RECORD : null;
    }

    private static Vehicle vehicle(RecordContent record, RegisteredMasses registered) {
        Vehicle vehicle = new Vehicle(record.axleCount(), record.vehicleType(), record.singleDriveAxle(),
                record.singleTyreGroups(), record.airSuspension(), record.semitrailerAxleSpacingMm(),
                record.registeredTotalMassKg(), record.registeredLoadKg());
        return registered == null ? vehicle
                : vehicle.withRegisteredMasses(registered.totalMassKg(), registered.loadKg());
    }

    private static RecordJudgement unknown(String basis, Set<RecordFlag> flags) {
        return new RecordJudgement(null, basis, null, null, null, null, RecordVerdict.UNKNOWN,
                OverloadVerdict.NOT_JUDGEABLE, List.copyOf(flags));
    }

    /**
     * A combination carries the tractor's plate in front and the trailer's (挂) at the rear, so a
     * rear trailer plate is a mismatch only when it differs from the declared trailer plate.
     */
    private static void flagPlates(RecordContent record, Set<RecordFlag> flags) {
        PlateNumber front = PlateNumber.of(record.plateNumber());
        if (!front.valid()) {
            flags.add(PlateNumber.isPlaceholder(record.plateNumber()) ? RecordFlag.NO_READABLE_PLATE
                    : RecordFlag.PLATE_INVALID);
        }
        if (record.rearPlateNumber() == null) {
            return;
        }
        PlateNumber rear = PlateNumber.of(record.rearPlateNumber());
        if (!rear.valid() || !front.valid() || rear.equals(front)) {
            return;
        }
        boolean declaredTrailer = record.trailerPlateNumber() == null
                || rear.equals(PlateNumber.of(record.trailerPlateNumber()));
        if (!(rear.trailer() && declaredTrailer)) {
            flags.add(RecordFlag.PLATE_MISMATCH);
        }
    }

    private static void flagLane(RecordContent record, StationProfile station, Set<RecordFlag> flags) {
        if (record.laneNo() == null) {
            return;
        }
        LaneDirection configured = station.lanes().get(record.laneNo());
        if (configured == null) {
            flags.add(RecordFlag.LANE_UNKNOWN);
        } else if (configured != record.direction()) {
            flags.add(RecordFlag.DIRECTION_MISMATCH);
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_BASIS_LENGTH ? text : text.substring(0, MAX_BASIS_LENGTH);
    }
}
