package cn.overloadcontrol.acceptance.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that schedules an acceptance or a re-inspection. */
public class ScheduleForm {

    private Long unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate scheduledOn;
    private String inspectors;
    private String notes;

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public void setScheduledOn(LocalDate scheduledOn) {
        this.scheduledOn = scheduledOn;
    }

    public String getInspectors() {
        return inspectors;
    }

    public void setInspectors(String inspectors) {
        this.inspectors = inspectors;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
