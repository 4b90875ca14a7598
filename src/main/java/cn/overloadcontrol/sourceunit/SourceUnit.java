package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A source unit (源头单位) in the ledger. Never deleted; see {@link #changeStatus}. */
@Entity
@Table(name = "source_unit")
class SourceUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "credit_code_override_reason", length = 500)
    private String creditCodeOverrideReason;

    @Column(name = "unit_type_id", nullable = false)
    private Long unitTypeId;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(nullable = false, length = 256)
    private String address;

    private BigDecimal longitude;

    private BigDecimal latitude;

    @Column(name = "legal_representative", length = 64)
    private String legalRepresentative;

    @Column(name = "safety_contact", length = 64)
    private String safetyContact;

    @Column(name = "safety_contact_phone", length = 32)
    private String safetyContactPhone;

    @Column(name = "annual_throughput")
    private BigDecimal annualThroughput;

    @Column(name = "transport_routes", length = 500)
    private String transportRoutes;

    @Column(name = "supervision_mode_id")
    private Long supervisionModeId;

    @Column(name = "supervising_department", length = 128)
    private String supervisingDepartment;

    @Column(name = "supervisor_name", length = 64)
    private String supervisorName;

    @Column(name = "supervisor_department", length = 128)
    private String supervisorDepartment;

    @Column(name = "supervisor_office_phone", length = 32)
    private String supervisorOfficePhone;

    @Column(name = "supervisor_mobile", length = 32)
    private String supervisorMobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitStatus status = UnitStatus.OPERATING;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected SourceUnit() {
    }

    SourceUnit(UnitFields fields) {
        apply(fields);
    }

    /** Replaces the editable fields; status and publication change only through their own methods. */
    void apply(UnitFields fields) {
        this.name = fields.name();
        this.creditCode = fields.creditCode();
        this.creditCodeOverrideReason = fields.creditCodeOverrideReason();
        this.unitTypeId = fields.unitTypeId();
        this.areaId = fields.areaId();
        this.address = fields.address();
        this.longitude = fields.longitude();
        this.latitude = fields.latitude();
        this.legalRepresentative = fields.legalRepresentative();
        this.safetyContact = fields.safetyContact();
        this.safetyContactPhone = fields.safetyContactPhone();
        this.annualThroughput = fields.annualThroughput();
        this.transportRoutes = fields.transportRoutes();
        this.supervisionModeId = fields.supervisionModeId();
        this.supervisingDepartment = fields.supervisingDepartment();
        this.supervisorName = fields.supervisorName();
        this.supervisorDepartment = fields.supervisorDepartment();
        this.supervisorOfficePhone = fields.supervisorOfficePhone();
        this.supervisorMobile = fields.supervisorMobile();
        this.updatedAt = OffsetDateTime.now();
    }

    UnitFields fields() {
        return new UnitFields(name, creditCode, creditCodeOverrideReason, unitTypeId, areaId, address, longitude,
                latitude, legalRepresentative, safetyContact, safetyContactPhone, annualThroughput, transportRoutes,
                supervisionModeId, supervisingDepartment, supervisorName, supervisorDepartment, supervisorOfficePhone,
                supervisorMobile);
    }

    /**
     * Moves the unit to a new status and returns the history row to store with it.
     *
     * @throws IllegalStateException when the unit already has that status
     */
    UnitStatusChange changeStatus(UnitStatus newStatus, LocalDate effectiveDate, String reason, String changedBy) {
        if (newStatus == status) {
            throw new IllegalStateException("Unit " + id + " already has status " + status);
        }
        UnitStatusChange change = new UnitStatusChange(id, status, newStatus, effectiveDate, reason, changedBy);
        status = newStatus;
        updatedAt = OffsetDateTime.now();
        return change;
    }

    void publish(LocalDate date) {
        published = true;
        publishedOn = date;
        updatedAt = OffsetDateTime.now();
    }

    void unpublish() {
        published = false;
        updatedAt = OffsetDateTime.now();
    }

    /** Field values for the audit log's before/after comparison. */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("creditCode", creditCode);
        snapshot.put("creditCodeOverrideReason", creditCodeOverrideReason);
        snapshot.put("unitTypeId", unitTypeId);
        snapshot.put("areaId", areaId);
        snapshot.put("address", address);
        snapshot.put("longitude", longitude);
        snapshot.put("latitude", latitude);
        snapshot.put("legalRepresentative", legalRepresentative);
        snapshot.put("safetyContact", safetyContact);
        snapshot.put("safetyContactPhone", safetyContactPhone);
        snapshot.put("annualThroughput", annualThroughput);
        snapshot.put("transportRoutes", transportRoutes);
        snapshot.put("supervisionModeId", supervisionModeId);
        snapshot.put("supervisingDepartment", supervisingDepartment);
        snapshot.put("supervisorName", supervisorName);
        snapshot.put("supervisorDepartment", supervisorDepartment);
        snapshot.put("supervisorOfficePhone", supervisorOfficePhone);
        snapshot.put("supervisorMobile", supervisorMobile);
        snapshot.put("status", status);
        snapshot.put("published", published);
        snapshot.put("publishedOn", publishedOn);
        return snapshot;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getCreditCode() {
        return creditCode;
    }

    Long getAreaId() {
        return areaId;
    }

    Long getUnitTypeId() {
        return unitTypeId;
    }

    Long getSupervisionModeId() {
        return supervisionModeId;
    }

    String getSupervisorName() {
        return supervisorName;
    }

    String getSupervisorOfficePhone() {
        return supervisorOfficePhone;
    }

    UnitStatus getStatus() {
        return status;
    }

    boolean isPublished() {
        return published;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
