package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;

import cn.overloadcontrol.sourceunit.TrainingQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The date range filter of the session list; both bounds inclusive and optional. */
public class TrainingFilterForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    TrainingQuery toQuery() {
        return new TrainingQuery(from, to);
    }

    boolean reversed() {
        return from != null && to != null && from.isAfter(to);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
