package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One training session (培训场次); its attendance rows point at it by id. */
@Entity
@Table(name = "training_session")
class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 128)
    private String topic;

    @Column(nullable = false, length = 128)
    private String organizer;

    @Column(nullable = false, length = 128)
    private String place;

    @Column(length = 1000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected TrainingSession() {
    }

    TrainingSession(TrainingSessionFields fields) {
        apply(fields);
    }

    void apply(TrainingSessionFields fields) {
        this.heldOn = fields.heldOn();
        this.topic = fields.topic();
        this.organizer = fields.organizer();
        this.place = fields.place();
        this.notes = fields.notes();
        this.updatedAt = OffsetDateTime.now();
    }

    TrainingSessionView toView() {
        return new TrainingSessionView(id, heldOn, topic, organizer, place, notes, version);
    }

    /** Field values for the audit log's before/after comparison. */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("heldOn", heldOn);
        snapshot.put("topic", topic);
        snapshot.put("organizer", organizer);
        snapshot.put("place", place);
        snapshot.put("notes", notes);
        return snapshot;
    }

    Long getId() {
        return id;
    }

    String getTopic() {
        return topic;
    }

    long getVersion() {
        return version;
    }
}
