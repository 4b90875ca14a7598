package cn.overloadcontrol.report;

import java.util.List;

/**
 * A unit in operation that has not reached one or more milestones whose deadline has passed.
 *
 * @param missed the overdue milestones, in the plan's order
 */
public record OverdueUnit(long unitId, String name, String creditCode, long areaId, String areaName,
        List<Milestone> missed) {

    public OverdueUnit {
        missed = List.copyOf(missed);
    }

    public boolean missed(Milestone milestone) {
        return missed.contains(milestone);
    }
}
