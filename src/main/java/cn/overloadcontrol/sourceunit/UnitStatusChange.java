package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated status change of a unit, with the reason and who made it. Never edited. */
@Entity
@Table(name = "source_unit_status_change")
class UnitStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private UnitStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private UnitStatus toStatus;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt = OffsetDateTime.now();

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    protected UnitStatusChange() {
    }

    UnitStatusChange(Long unitId, UnitStatus fromStatus, UnitStatus toStatus, LocalDate effectiveDate, String reason,
            String changedBy) {
        this.unitId = unitId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    UnitStatus getFromStatus() {
        return fromStatus;
    }

    UnitStatus getToStatus() {
        return toStatus;
    }

    LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    String getReason() {
        return reason;
    }

    OffsetDateTime getChangedAt() {
        return changedAt;
    }

    String getChangedBy() {
        return changedBy;
    }
}
