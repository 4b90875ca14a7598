package cn.overloadcontrol.weighing.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.overloadcontrol.station.LaneDirection;

/**
 * One line of a record list, with the effective values: a corrected record shows its latest
 * revision's plate and judgement. Driver data is already masked.
 *
 * @param revisionNo the latest correction's number, or {@code null} when the record was never corrected
 */
public record RecordRow(long id, String recordNumber, OffsetDateTime weighedAt, Integer laneNo,
        LaneDirection direction, String plateNumber, int grossKg, Integer limitKg, Integer excessKg,
        BigDecimal excessRate, RecordVerdict verdict, List<RecordFlag> flags, String driverName, String driverPhone,
        String driverIdNumber, Integer revisionNo) {

    public RecordRow {
        flags = List.copyOf(flags);
    }

    public boolean corrected() {
        return revisionNo != null;
    }
}
