package cn.overloadcontrol.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The progress board (推进进度): per area and overall, how many units in operation reached
 * each milestone of the plan, and which units missed a deadline that has passed.
 */
@Service
public class ProgressBoard {

    private final ProgressQueries queries;
    private final PlanProperties plan;
    private final Clock clock;

    ProgressBoard(ProgressQueries queries, PlanProperties plan, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.plan = plan;
        this.clock = clock.getIfAvailable(() -> Clock.system(ProgressQueries.CHINA));
    }

    /** Returns today's date in China, the day the board is shown for. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ProgressQueries.CHINA));
    }

    /** Builds the board as of {@code day}, counting only units within the scope. */
    public ProgressBoardView board(DataScope scope, LocalDate day) {
        List<AreaProgress> areas = queries.countsPerArea(scope, day, plan.connectedWindowDays());
        List<ProgressBoardView.MilestoneDeadline> deadlines = Arrays.stream(Milestone.values())
                .map(milestone -> new ProgressBoardView.MilestoneDeadline(milestone, plan.deadline(milestone),
                        plan.overdueOn(milestone, day)))
                .toList();
        return new ProgressBoardView(day, deadlines, areas, total(areas));
    }

    /**
     * Lists the units in scope, optionally of one area, that have not reached a milestone whose
     * deadline has passed on {@code day}.
     */
    public List<OverdueUnit> overdue(DataScope scope, Long areaId, LocalDate day) {
        return queries.overdueUnits(scope, areaId, day, plan.connectedWindowDays(), overdueMilestones(day));
    }

    /** Returns the milestones whose deadline has passed on {@code day}, in the plan's order. */
    public List<Milestone> overdueMilestones(LocalDate day) {
        return Arrays.stream(Milestone.values()).filter(milestone -> plan.overdueOn(milestone, day)).toList();
    }

    private static AreaProgress total(List<AreaProgress> areas) {
        Map<Milestone, Integer> counts = new EnumMap<>(Milestone.class);
        int units = 0;
        int drawn = 0;
        for (AreaProgress area : areas) {
            units += area.units();
            drawn += area.drawn();
            for (Milestone milestone : Milestone.values()) {
                counts.merge(milestone, area.count(milestone), Integer::sum);
            }
        }
        return new AreaProgress(null, null, units, drawn, counts);
    }
}
