package cn.overloadcontrol.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.overloadcontrol.station.DeviceOnlineRates;
import org.springframework.stereotype.Component;

/**
 * The online rate that the acceptance checks: the share of expected heartbeats of the unit's
 * active stations that reported the indicator online. A station that is up with its indicator
 * unplugged therefore counts as offline.
 */
@Component
class HeartbeatOnlineRates implements DeviceOnlineRates {

    private final DeviceHealth health;

    HeartbeatOnlineRates(DeviceHealth health) {
        this.health = health;
    }

    @Override
    public Optional<BigDecimal> onlineRate(long unitId, OffsetDateTime from, OffsetDateTime to) {
        double rate = health.unitIndicatorRate(unitId, from.toInstant(), to.toInstant());
        return rate < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(rate));
    }
}
