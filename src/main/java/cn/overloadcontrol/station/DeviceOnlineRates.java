package cn.overloadcontrol.station;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The share of time a unit's devices were online over a period, in percent, from station heartbeats. */
public interface DeviceOnlineRates {

    /** Returns the online rate of the unit's devices over [from, to), or empty when no heartbeat data exists. */
    Optional<BigDecimal> onlineRate(long unitId, OffsetDateTime from, OffsetDateTime to);
}
