package cn.overloadcontrol.acceptance.check;

import java.util.OptionalLong;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.station.StationReportedCounts;
import cn.overloadcontrol.weighing.UnitWeighingStats;
import org.springframework.stereotype.Component;

/**
 * Compares the record count the unit's stations reported with the records the platform
 * received. Without a reported count the item stays to review by hand.
 */
@Component
class CountMatchCheck implements AutomaticCheck {

    private final StationReportedCounts reported;
    private final UnitWeighingStats stats;

    CountMatchCheck(StationReportedCounts reported, UnitWeighingStats stats) {
        this.reported = reported;
        this.stats = stats;
    }

    @Override
    public String key() {
        return "COUNT_MATCH";
    }

    @Override
    public Result evaluate(Context context) {
        OptionalLong stationCount = reported.reportedCount(context.unitId(), context.from(), context.to());
        if (stationCount.isEmpty()) {
            return Result.toReview("acceptance.measured.notReported");
        }
        long platformCount = stats.counts(context.unitId(), context.from(), context.to()).records();
        return Result.of(stationCount.getAsLong() == platformCount, "acceptance.measured.counts",
                stationCount.getAsLong(), platformCount);
    }
}
