package cn.overloadcontrol.report;

import java.util.Map;

/**
 * The counts of one row of the progress board: an area, or the whole scope when
 * {@code areaId} is null.
 *
 * @param units  units in operation (在营)
 * @param drawn  of those, units in an active sampling draw, the base of {@link Milestone#SAMPLED}
 * @param counts units that reached each milestone
 */
public record AreaProgress(Long areaId, String areaName, int units, int drawn, Map<Milestone, Integer> counts) {

    public AreaProgress {
        counts = Map.copyOf(counts);
    }

    public int count(Milestone milestone) {
        return counts.getOrDefault(milestone, 0);
    }

    /** Returns the units expected to reach the milestone: the drawn units for sampling, else all. */
    public int base(Milestone milestone) {
        return milestone == Milestone.SAMPLED ? drawn : units;
    }

    /** Returns whether any unit is expected to reach the milestone. Where none is, the board shows "—". */
    public boolean due(Milestone milestone) {
        return base(milestone) > 0;
    }

    /** Returns the share of the base that reached the milestone, in whole percent (0 for an empty base). */
    public int percent(Milestone milestone) {
        int base = base(milestone);
        return base == 0 ? 0 : Math.round(count(milestone) * 100f / base);
    }
}
