package cn.overloadcontrol.weighing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A weighing judged against the legal limit and, when the registered masses are known, against
 * them.
 *
 * @param limit the limit and its basis
 * @param grossKg gross weight (毛重)
 * @param netKg net weight (净重), or {@code null} when not known
 * @param excessKg gross minus limit, 0 when not over the limit (超限量)
 * @param excessRate excess / limit × 100 in %, rounded half up to two decimals (超限率)
 * @param verdict the 超限 verdict
 * @param overload the separate 超载 verdict
 */
public record LimitJudgement(
        Limit limit,
        int grossKg,
        Integer netKg,
        int excessKg,
        BigDecimal excessRate,
        Verdict verdict,
        OverloadVerdict overload) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static LimitJudgement of(Limit limit, Vehicle vehicle, int grossKg, Integer netKg) {
        int excessKg = Math.max(0, grossKg - limit.limitKg());
        BigDecimal excessRate = BigDecimal.valueOf(excessKg)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(limit.limitKg()), 2, RoundingMode.HALF_UP);
        Verdict verdict = Verdict.forExcess(excessKg, limit.warningBandKg());
        OverloadVerdict overload = OverloadVerdict.judge(vehicle, grossKg, netKg);
        return new LimitJudgement(limit, grossKg, netKg, excessKg, excessRate, verdict, overload);
    }

    public int limitKg() {
        return limit.limitKg();
    }
}
