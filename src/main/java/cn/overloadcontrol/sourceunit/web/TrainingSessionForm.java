package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;

import cn.overloadcontrol.sourceunit.TrainingSessionFields;
import cn.overloadcontrol.sourceunit.TrainingSessionView;
import org.springframework.format.annotation.DateTimeFormat;

/** The create and edit form of a training session. Rules are checked by the service. */
public class TrainingSessionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String topic;
    private String organizer;
    private String place;
    private String notes;
    /** The version the user started editing from; empty on the create form. */
    private Long version;

    static TrainingSessionForm of(TrainingSessionView session) {
        TrainingSessionForm form = new TrainingSessionForm();
        form.heldOn = session.heldOn();
        form.topic = session.topic();
        form.organizer = session.organizer();
        form.place = session.place();
        form.notes = session.notes();
        form.version = session.version();
        return form;
    }

    TrainingSessionFields toFields() {
        return new TrainingSessionFields(heldOn, topic, organizer, place, notes);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOrganizer() {
        return organizer;
    }

    public void setOrganizer(String organizer) {
        this.organizer = organizer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
