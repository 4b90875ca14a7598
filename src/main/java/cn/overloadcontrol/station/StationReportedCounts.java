package cn.overloadcontrol.station;

import java.time.OffsetDateTime;
import java.util.OptionalLong;

/**
 * The number of weighing records a unit's stations say they produced over a period, as they
 * report it in their heartbeats, for comparing with the records the platform received.
 */
public interface StationReportedCounts {

    /** Returns the count the unit's stations reported for [from, to), or empty when they reported none. */
    OptionalLong reportedCount(long unitId, OffsetDateTime from, OffsetDateTime to);
}
