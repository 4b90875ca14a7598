package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;

/** Filters of the session list; a {@code null} bound is open. Both bounds are inclusive. */
public record TrainingQuery(LocalDate from, LocalDate to) {

    public static TrainingQuery all() {
        return new TrainingQuery(null, null);
    }
}
