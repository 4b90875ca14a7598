package cn.overloadcontrol.acceptance;

import java.time.LocalDate;

/**
 * A unit drawn for sampling with its inspection result.
 *
 * @param outcome PENDING until the upper level's result is recorded, then PASSED or FAILED
 */
public record SampledUnit(long unitId, String name, String creditCode, String areaName, String stratum,
        String rankKey, String outcome, LocalDate inspectedOn, String notes, String recordedBy) {
}
