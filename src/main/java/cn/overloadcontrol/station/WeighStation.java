package cn.overloadcontrol.station;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A weigh station (磅房) of a source unit. Never deleted: a station out of service is DISABLED. */
@Entity
@Table(name = "weigh_station")
class WeighStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "station_lane", joinColumns = @JoinColumn(name = "station_id"))
    private List<Lane> lanes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected WeighStation() {
    }

    WeighStation(long unitId, String code, StationFields fields) {
        this.unitId = unitId;
        this.code = code;
        apply(code, fields);
    }

    /** Replaces the editable fields; the unit never changes. */
    void apply(String newCode, StationFields fields) {
        this.code = newCode;
        this.name = fields.name();
        this.status = fields.status();
        this.lanes.clear();
        fields.lanes().stream()
                .sorted(Comparator.comparing(LaneFields::laneNo))
                .map(Lane::new)
                .forEach(lanes::add);
        this.updatedAt = OffsetDateTime.now();
    }

    List<LaneFields> laneFields() {
        return lanes.stream().sorted(Comparator.comparingInt(Lane::laneNo)).map(Lane::fields).toList();
    }

    Map<Integer, LaneDirection> laneDirections() {
        Map<Integer, LaneDirection> directions = new LinkedHashMap<>();
        lanes.forEach(lane -> directions.put(lane.laneNo(), lane.direction()));
        return directions;
    }

    /** Field values for the audit log's before/after comparison. */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("unitId", unitId);
        snapshot.put("code", code);
        snapshot.put("name", name);
        snapshot.put("status", status);
        snapshot.put("lanes", laneFields().stream()
                .map(lane -> lane.laneNo() + " " + lane.name() + " " + lane.direction())
                .toList());
        return snapshot;
    }

    Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    StationStatus getStatus() {
        return status;
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
