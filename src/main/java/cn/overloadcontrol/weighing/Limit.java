package cn.overloadcontrol.weighing;

import java.util.List;

/**
 * The legal total-mass limit of one vehicle at one time, with everything a record must store so
 * that a later table never changes its judgement.
 *
 * @param limitKg the limit after all adjustments
 * @param basis the rule, the table version and each adjustment in Chinese, for example
 *        "六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）"
 * @param tableVersion version id of the limit table used, for example "2016-09-21"
 * @param ruleId stable id of the table row, for example "6-axle-combination"
 * @param rowLimitKg the limit of the row before adjustments
 * @param adjustments the adjustments applied, in order
 * @param warningBandKg excess up to which the verdict is {@link Verdict#OVER_LIMIT_WARNING}
 */
public record Limit(
        int limitKg,
        String basis,
        String tableVersion,
        String ruleId,
        int rowLimitKg,
        List<LimitAdjustment> adjustments,
        int warningBandKg) {

    public Limit {
        adjustments = List.copyOf(adjustments);
    }
}
