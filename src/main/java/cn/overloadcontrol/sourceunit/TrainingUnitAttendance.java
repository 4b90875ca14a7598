package cn.overloadcontrol.sourceunit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The staff one ledger unit sent to one training session. */
@Entity
@Table(name = "training_unit_attendance")
class TrainingUnitAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "attendee_names", nullable = false, length = 500)
    private String attendeeNames;

    @Column(name = "attendee_count", nullable = false)
    private int attendeeCount;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected TrainingUnitAttendance() {
    }

    TrainingUnitAttendance(Long sessionId, Long unitId, String attendeeNames, int attendeeCount) {
        this.sessionId = sessionId;
        this.unitId = unitId;
        this.attendeeNames = attendeeNames;
        this.attendeeCount = attendeeCount;
    }

    Long getId() {
        return id;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getUnitId() {
        return unitId;
    }

    String getAttendeeNames() {
        return attendeeNames;
    }

    int getAttendeeCount() {
        return attendeeCount;
    }
}
