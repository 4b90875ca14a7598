package cn.overloadcontrol.weighing.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.overloadcontrol.station.LaneDirection;

/** One line of a record list. Driver data is already masked. */
public record RecordRow(long id, String recordNumber, OffsetDateTime weighedAt, Integer laneNo,
        LaneDirection direction, String plateNumber, int grossKg, Integer limitKg, Integer excessKg,
        BigDecimal excessRate, RecordVerdict verdict, List<RecordFlag> flags, String driverName, String driverPhone,
        String driverIdNumber) {

    public RecordRow {
        flags = List.copyOf(flags);
    }
}
