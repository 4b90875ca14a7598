package cn.overloadcontrol.acceptance.check;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.station.InventoryOverview;
import cn.overloadcontrol.station.UnitInventorySummary;
import org.springframework.stereotype.Component;

/** Passes when the unit has installed truck scales and every one has an unexpired certificate. */
@Component
class ScaleVerifiedCheck implements AutomaticCheck {

    private final InventoryOverview inventory;

    ScaleVerifiedCheck(InventoryOverview inventory) {
        this.inventory = inventory;
    }

    @Override
    public String key() {
        return "SCALE_VERIFIED";
    }

    @Override
    public Result evaluate(Context context) {
        UnitInventorySummary summary = inventory.unitSummary(context.unitId(), context.today());
        return Result.of(summary.scales() > 0 && summary.scalesWithValidCertificate() == summary.scales(),
                "acceptance.measured.scales", summary.scales(), summary.scalesWithValidCertificate());
    }
}
