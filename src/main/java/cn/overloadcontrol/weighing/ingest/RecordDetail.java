package cn.overloadcontrol.weighing.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * Every field of one record for its detail page, with the effective values: a corrected record
 * shows its latest revision's values and judgement. Driver data is full until {@link #masked()}.
 *
 * @param revisionNo the latest correction's number, or {@code null} when the record was never corrected
 */
public record RecordDetail(long id, long stationId, long unitId, long areaId, String recordNumber,
        OffsetDateTime weighedAt, Integer laneNo, LaneDirection direction, String plateNumber, String plateColor,
        String trailerPlateNumber, String rearPlateNumber, Integer axleCount, VehicleType vehicleType, int grossKg,
        Integer tareKg, Integer netKg, String cargoName, String cargoCategory, String loadingBillNumber,
        String consignee, String destination, String driverName, String driverPhone, String driverIdNumber,
        ReleaseDecision releaseDecision, OffsetDateTime exitedAt, String operatorName, Integer limitKg,
        String limitBasis, String limitTableVersion, Integer excessKg, BigDecimal excessRate,
        RecordVerdict verdict, List<RecordFlag> flags, String recordHash, OffsetDateTime receivedAt,
        OverloadExplanation overload, Integer revisionNo, PlateRead plateRead, EvidenceReport evidence,
        LedMessage ledMessage) {

    public RecordDetail {
        flags = List.copyOf(flags);
    }

    /** The same record with the driver's name, phone and ID number masked, for users without the permission. */
    public RecordDetail masked() {
        return new RecordDetail(id, stationId, unitId, areaId, recordNumber, weighedAt, laneNo, direction,
                plateNumber, plateColor, trailerPlateNumber, rearPlateNumber, axleCount, vehicleType, grossKg, tareKg,
                netKg, cargoName, cargoCategory, loadingBillNumber, consignee, destination,
                PersonalData.maskName(driverName), PersonalData.maskPhone(driverPhone),
                PersonalData.maskIdNumber(driverIdNumber), releaseDecision, exitedAt, operatorName, limitKg,
                limitBasis, limitTableVersion, excessKg, excessRate, verdict, flags, recordHash, receivedAt, overload,
                revisionNo, plateRead, evidence, ledMessage);
    }

    public boolean corrected() {
        return revisionNo != null;
    }

    public boolean overLimit() {
        return verdict == RecordVerdict.OVER_LIMIT || verdict == RecordVerdict.OVER_LIMIT_WARNING;
    }
}
