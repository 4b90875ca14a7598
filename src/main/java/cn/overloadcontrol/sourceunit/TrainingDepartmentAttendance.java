package cn.overloadcontrol.sourceunit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The staff of one department outside the ledger (such as a town government) at one session. */
@Entity
@Table(name = "training_department_attendance")
class TrainingDepartmentAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false, length = 128)
    private String department;

    @Column(name = "attendee_names", nullable = false, length = 500)
    private String attendeeNames;

    @Column(name = "attendee_count", nullable = false)
    private int attendeeCount;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected TrainingDepartmentAttendance() {
    }

    TrainingDepartmentAttendance(Long sessionId, String department, String attendeeNames, int attendeeCount) {
        this.sessionId = sessionId;
        this.department = department;
        this.attendeeNames = attendeeNames;
        this.attendeeCount = attendeeCount;
    }

    Long getId() {
        return id;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getDepartment() {
        return department;
    }

    String getAttendeeNames() {
        return attendeeNames;
    }

    int getAttendeeCount() {
        return attendeeCount;
    }
}
