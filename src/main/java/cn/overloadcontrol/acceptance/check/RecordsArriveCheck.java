package cn.overloadcontrol.acceptance.check;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.weighing.UnitWeighingStats;
import org.springframework.stereotype.Component;

/** Passes when the platform received records of the unit during the test period, with photos. */
@Component
class RecordsArriveCheck implements AutomaticCheck {

    private final UnitWeighingStats stats;

    RecordsArriveCheck(UnitWeighingStats stats) {
        this.stats = stats;
    }

    @Override
    public String key() {
        return "RECORDS_ARRIVE";
    }

    @Override
    public Result evaluate(Context context) {
        UnitWeighingStats.Counts counts = stats.counts(context.unitId(), context.from(), context.to());
        return Result.of(counts.records() > 0 && counts.recordsWithPhotos() > 0, "acceptance.measured.records",
                counts.records(), counts.recordsWithPhotos());
    }
}
