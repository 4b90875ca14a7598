package cn.overloadcontrol.report;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan's deadlines ({@code app.plan}).
 *
 * @param deadlines          the last day by which every unit in operation should reach each
 *                           milestone; a milestone without a date is never overdue
 * @param connectedWindowDays a unit counts as connected when a record was weighed in this many
 *                           days up to and including the day of the board
 */
@ConfigurationProperties("app.plan")
public record PlanProperties(Map<Milestone, LocalDate> deadlines, @DefaultValue("7") int connectedWindowDays) {

    public PlanProperties {
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        if (connectedWindowDays < 1) {
            throw new IllegalArgumentException("app.plan.connected-window-days must be at least 1, was "
                    + connectedWindowDays);
        }
    }

    /** Returns the deadline of a milestone, or null when the plan sets none. */
    public LocalDate deadline(Milestone milestone) {
        return deadlines.get(milestone);
    }

    /** Returns whether the deadline of a milestone has passed on {@code day}. */
    public boolean overdueOn(Milestone milestone, LocalDate day) {
        LocalDate deadline = deadline(milestone);
        return deadline != null && day.isAfter(deadline);
    }
}
