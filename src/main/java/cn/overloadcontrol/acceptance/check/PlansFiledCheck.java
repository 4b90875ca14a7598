package cn.overloadcontrol.acceptance.check;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.station.InventoryOverview;
import cn.overloadcontrol.station.UnitInventorySummary;
import org.springframework.stereotype.Component;

/** Passes when the inventory contains the unit's emergency plan and every station's maintenance contract. */
@Component
class PlansFiledCheck implements AutomaticCheck {

    private final InventoryOverview inventory;

    PlansFiledCheck(InventoryOverview inventory) {
        this.inventory = inventory;
    }

    @Override
    public String key() {
        return "PLANS_FILED";
    }

    @Override
    public Result evaluate(Context context) {
        UnitInventorySummary summary = inventory.unitSummary(context.unitId(), context.today());
        String messageKey = "acceptance.measured.plan" + (summary.emergencyPlanFiled() ? "Filed" : "Missing")
                + ".maintenance" + (summary.maintenanceFiled() ? "Filed" : "Missing");
        return Result.of(summary.emergencyPlanFiled() && summary.maintenanceFiled(), messageKey);
    }
}
