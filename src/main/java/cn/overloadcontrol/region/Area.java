package cn.overloadcontrol.region;

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

@Entity
@Table(name = "area")
class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AreaKind kind;

    @Column(nullable = false)
    private boolean statutory;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected Area() {
    }

    Area(String code, String name, AreaKind kind, boolean statutory, int sortOrder) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.statutory = statutory;
        this.sortOrder = sortOrder;
    }

    AreaView toView() {
        return new AreaView(id, code, name, kind, statutory, sortOrder, active);
    }

    void rename(String newCode, String newName, AreaKind newKind, boolean newStatutory, int newSortOrder) {
        this.code = newCode;
        this.name = newName;
        this.kind = newKind;
        this.statutory = newStatutory;
        this.sortOrder = newSortOrder;
        this.updatedAt = OffsetDateTime.now();
    }

    void setActive(boolean active) {
        this.active = active;
        this.updatedAt = OffsetDateTime.now();
    }

    /** Field values for the audit log's before/after comparison. */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        snapshot.put("name", name);
        snapshot.put("kind", kind);
        snapshot.put("statutory", statutory);
        snapshot.put("sortOrder", sortOrder);
        snapshot.put("active", active);
        return snapshot;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    boolean isStatutory() {
        return statutory;
    }

    long getVersion() {
        return version;
    }
}
