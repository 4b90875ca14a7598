package cn.overloadcontrol.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The progress board as of one day: a row per area in display order and the total row.
 *
 * @param deadlines every milestone in the plan's order with its deadline
 */
public record ProgressBoardView(LocalDate day, List<MilestoneDeadline> deadlines, List<AreaProgress> areas,
        AreaProgress total) {

    /**
     * A milestone with its deadline, null when the plan sets none.
     *
     * @param passed the deadline lies before the day of the board
     */
    public record MilestoneDeadline(Milestone milestone, LocalDate deadline, boolean passed) {
    }

    public ProgressBoardView {
        deadlines = List.copyOf(deadlines);
        areas = List.copyOf(areas);
    }
}
