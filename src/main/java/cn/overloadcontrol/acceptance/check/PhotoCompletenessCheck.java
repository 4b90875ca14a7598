package cn.overloadcontrol.acceptance.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.overloadcontrol.acceptance.AcceptanceProperties;
import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.weighing.UnitWeighingStats;
import org.springframework.stereotype.Component;

/** Passes when the share of records with photos reaches the configured threshold; no records fail. */
@Component
class PhotoCompletenessCheck implements AutomaticCheck {

    private final UnitWeighingStats stats;
    private final AcceptanceProperties properties;

    PhotoCompletenessCheck(UnitWeighingStats stats, AcceptanceProperties properties) {
        this.stats = stats;
        this.properties = properties;
    }

    @Override
    public String key() {
        return "PHOTO_COMPLETENESS";
    }

    @Override
    public Result evaluate(Context context) {
        UnitWeighingStats.Counts counts = stats.counts(context.unitId(), context.from(), context.to());
        BigDecimal threshold = properties.photoCompletenessThreshold();
        if (counts.records() == 0) {
            return Result.of(false, "acceptance.measured.noRecords");
        }
        BigDecimal rate = BigDecimal.valueOf(counts.recordsWithPhotos() * 100)
                .divide(BigDecimal.valueOf(counts.records()), 2, RoundingMode.HALF_UP);
        return Result.of(rate.compareTo(threshold) >= 0, "acceptance.measured.photoRate", rate.toPlainString(),
                counts.recordsWithPhotos(), counts.records(), threshold.toPlainString());
    }
}
