package cn.overloadcontrol.acceptance.check;

import java.math.BigDecimal;
import java.util.Optional;

import cn.overloadcontrol.acceptance.AcceptanceProperties;
import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.station.DeviceOnlineRates;
import org.springframework.stereotype.Component;

/** Passes when the device online rate reaches the threshold; without heartbeat data it stays to review. */
@Component
class OnlineRateCheck implements AutomaticCheck {

    private final DeviceOnlineRates rates;
    private final AcceptanceProperties properties;

    OnlineRateCheck(DeviceOnlineRates rates, AcceptanceProperties properties) {
        this.rates = rates;
        this.properties = properties;
    }

    @Override
    public String key() {
        return "ONLINE_RATE";
    }

    @Override
    public Result evaluate(Context context) {
        Optional<BigDecimal> rate = rates.onlineRate(context.unitId(), context.from(), context.to());
        if (rate.isEmpty()) {
            return Result.toReview("acceptance.measured.notReported");
        }
        BigDecimal threshold = properties.onlineRateThreshold();
        return Result.of(rate.get().compareTo(threshold) >= 0, "acceptance.measured.onlineRate",
                rate.get().toPlainString(), threshold.toPlainString());
    }
}
