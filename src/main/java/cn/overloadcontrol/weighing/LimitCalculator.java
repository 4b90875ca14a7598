package cn.overloadcontrol.weighing;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the adjustments of 62号令 art. 3 and the 2016 认定标准 to a table row and writes the
 * basis. One instance computes one limit.
 */
final class LimitCalculator {

    private final LimitTable table;
    private final LimitRow row;
    private final Vehicle vehicle;
    private final List<LimitAdjustment> adjustments = new ArrayList<>();
    /** Remarks for the basis that change nothing, such as an adjustment whose condition failed. */
    private final List<String> remarks = new ArrayList<>();
    private int limitKg;

    private LimitCalculator(LimitTable table, LimitRow row, Vehicle vehicle) {
        this.table = table;
        this.row = row;
        this.vehicle = vehicle;
        this.limitKg = row.limitKg();
    }

    static Limit calculate(LimitTable table, LimitRow row, Vehicle vehicle) {
        return new LimitCalculator(table, row, vehicle).calculate();
    }

    private Limit calculate() {
        applyAirSuspension();
        applySingleTyres();
        applyRegisteredTotalMass();
        return new Limit(limitKg, basis(), table.version(), row.id(), row.limitKg(), adjustments,
                table.warningBandKg());
    }

    /** 2016 认定标准 note 4: dual-tyre drive axles with air suspension raise some rows. */
    private void applyAirSuspension() {
        AirSuspensionRule rule = row.airSuspension();
        if (!vehicle.airSuspension() || rule == null) {
            return;
        }

        String condition = "空气悬架且驱动轴双胎";
        Integer minSpacing = rule.minSemitrailerAxleSpacingMm();
        if (minSpacing != null) {
            Integer spacing = vehicle.semitrailerAxleSpacingMm();
            if (spacing == null) {
                remarks.add(condition + "，但未提供半挂车轴距，不适用 " + rule.limitKg() + "kg");
                return;
            }
            if (spacing < minSpacing) {
                remarks.add(condition + "，但半挂车轴距 " + spacing + "mm < " + minSpacing + "mm，不适用 "
                        + rule.limitKg() + "kg");
                return;
            }
            condition += "、半挂车轴距 " + spacing + "mm ≥ " + minSpacing + "mm";
        }
        adjust(LimitAdjustment.Kind.AIR_SUSPENSION, rule.limitKg() - limitKg, condition);
    }

    /** 62号令 art. 3: each single-tyre axle group or trailer axle lowers the limit. */
    private void applySingleTyres() {
        int groups = vehicle.singleTyreGroups();
        if (groups == 0) {
            return;
        }

        int reductionKg = groups * table.singleTyreReductionKg();
        if (reductionKg >= limitKg) {
            throw new LimitInputException("singleTyreGroups", groups, "lowers the limit of " + limitKg
                    + " kg by " + reductionKg + " kg to nothing; check the count");
        }
        adjust(LimitAdjustment.Kind.SINGLE_TYRES, -reductionKg, "单胎轴组或挂车轴 " + groups + " 个");
    }

    /** 2016 认定标准 note 1: a 2-axle truck also stays within its registered total mass. */
    private void applyRegisteredTotalMass() {
        Integer registered = vehicle.registeredTotalMassKg();
        if (!row.registeredTotalMassCaps() || registered == null || registered >= limitKg) {
            return;
        }
        adjust(LimitAdjustment.Kind.REGISTERED_TOTAL_MASS, registered - limitKg,
                "行驶证总质量 " + registered + "kg 低于 " + limitKg + "kg");
    }

    private void adjust(LimitAdjustment.Kind kind, int deltaKg, String reason) {
        String sign = deltaKg >= 0 ? "+" : "";
        adjustments.add(new LimitAdjustment(kind, deltaKg, reason + " " + sign + deltaKg + "kg"));
        limitKg += deltaKg;
    }

    /** For example "三轴货车 25000kg（2016认定标准 v2016-09-21）；空气悬架且驱动轴双胎 +1000kg；限值 26000kg". */
    private String basis() {
        List<String> parts = new ArrayList<>();
        parts.add(row.name() + " " + row.limitKg() + "kg（" + table.label() + "）");
        adjustments.forEach(adjustment -> parts.add(adjustment.note()));
        parts.addAll(remarks);
        if (!adjustments.isEmpty()) {
            parts.add("限值 " + limitKg + "kg");
        }
        return String.join("；", parts);
    }
}
