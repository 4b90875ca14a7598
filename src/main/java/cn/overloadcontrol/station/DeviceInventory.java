package cn.overloadcontrol.station;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.system.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device inventory (设备台账) of weigh stations: truck scales with their verification
 * certificates, indicators, cameras, LED boards, axle detectors and light curtains, installed or
 * held as spares. Every change is audited; camera passwords are stored encrypted.
 */
@Service
@Transactional(readOnly = true)
public class DeviceInventory {

    static final String AUDIT_OBJECT_TYPE = "station_device";
    private static final Logger log = LoggerFactory.getLogger(DeviceInventory.class);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final StationService stations;
    private final NamedParameterJdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final AuditLog auditLog;

    DeviceInventory(StationService stations, NamedParameterJdbcTemplate jdbc, SecretCipher cipher,
            AuditLog auditLog) {
        this.stations = stations;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.auditLog = auditLog;
    }

    /** Returns the devices of a station in the user's scope, scales first. */
    public List<DeviceView> list(long stationId) {
        stations.loadInScope(stationId);
        return jdbc.query("select * from station_device where station_id = :stationId order by "
                + "array_position(array['TRUCK_SCALE','INDICATOR','PLATE_CAMERA','CAMERA','LED_BOARD',"
                + "'AXLE_DETECTOR','LIGHT_CURTAIN']::varchar[], kind), spare, id",
                Map.of("stationId", stationId), DeviceInventory::mapRow);
    }

    /**
     * Returns one device of a station in the user's scope.
     *
     * @throws StationNotFoundException when the station is outside the scope or has no such device
     */
    public DeviceView view(long stationId, long deviceId) {
        stations.loadInScope(stationId);
        return jdbc.query("select * from station_device where id = :id and station_id = :stationId",
                        Map.of("id", deviceId, "stationId", stationId), DeviceInventory::mapRow)
                .stream().findFirst().orElseThrow(() -> new StationNotFoundException(stationId));
    }

    /**
     * Validates and adds a device to a station in the user's scope, and audits it.
     *
     * @throws StationValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long add(long stationId, DeviceFields entered) {
        WeighStation station = stations.loadInScope(stationId);
        DeviceFields fields = entered.withoutForeignFields();
        List<FieldProblem> problems = validate(station, null, fields);
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }
        MapSqlParameterSource params = parameters(fields).addValue("stationId", stationId);
        Long id = jdbc.queryForObject("""
                insert into station_device (station_id, kind, model, serial_number, lanes, position, address,
                    protocol, port_settings, capacity_kg, division_kg, certificate_number, certificate_expires_on,
                    username, spare, notes)
                values (:stationId, :kind, :model, :serialNumber, :lanes, :position, :address, :protocol,
                    :portSettings, :capacityKg, :divisionKg, :certificateNumber, :certificateExpiresOn, :username,
                    :spare, :notes)
                returning id""", params, Long.class);
        storePassword(id, fields.password());
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, id, label(station, fields),
                AuditChanges.diff(null, snapshot(fields, fields.password() != null))));
        log.info("Added {} {} to weigh station {}", fields.kind(), id, stationId);
        return id;
    }

    /**
     * Replaces the fields of a device; a {@code null} password keeps the stored one.
     *
     * @param expectedVersion the version the user edited, to reject a change made meanwhile
     * @throws StationValidationException with every problem found; nothing is changed
     */
    @Transactional
    public void update(long stationId, long deviceId, DeviceFields entered, long expectedVersion) {
        WeighStation station = stations.loadInScope(stationId);
        DeviceView before = view(stationId, deviceId);
        DeviceFields fields = entered.withoutForeignFields();
        List<FieldProblem> problems = validate(station, deviceId, fields);
        if (before.version() != expectedVersion) {
            problems.add(FieldProblem.error("version", Long.toString(expectedVersion), "stale"));
        }
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }
        jdbc.update("""
                update station_device set kind = :kind, model = :model, serial_number = :serialNumber,
                    lanes = :lanes, position = :position, address = :address, protocol = :protocol,
                    port_settings = :portSettings, capacity_kg = :capacityKg, division_kg = :divisionKg,
                    certificate_number = :certificateNumber, certificate_expires_on = :certificateExpiresOn,
                    username = :username, spare = :spare, notes = :notes, updated_at = now(),
                    password_ciphertext = case when :credentials then password_ciphertext end,
                    version = version + 1
                where id = :id""", parameters(fields).addValue("id", deviceId)
                .addValue("credentials", fields.hasCredentials()));
        storePassword(deviceId, fields.password());
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, deviceId, label(station, fields),
                AuditChanges.diff(snapshot(before.fields(), false), snapshot(fields, fields.password() != null))));
    }

    /** Removes a device that left the station, and audits its last fields. */
    @Transactional
    public void remove(long stationId, long deviceId) {
        WeighStation station = stations.loadInScope(stationId);
        DeviceView device = view(stationId, deviceId);
        jdbc.update("delete from station_device where id = :id", Map.of("id", deviceId));
        auditLog.record(AuditEntry.success(AuditAction.DEACTIVATE, AUDIT_OBJECT_TYPE, deviceId,
                label(station, device.fields()), AuditChanges.diff(snapshot(device.fields(), false), null)));
    }

    /**
     * Returns the camera password for configuring the station's software, decrypted.
     * NOTE: no screen shows it yet; it is kept readable for the station pairing to hand over.
     */
    public String cameraPassword(long stationId, long deviceId) {
        view(stationId, deviceId);
        String ciphertext = jdbc.queryForObject("select password_ciphertext from station_device where id = :id",
                Map.of("id", deviceId), String.class);
        return ciphertext == null ? null : cipher.decrypt(ciphertext, context(deviceId));
    }

    /** Checks the fields and that no other device of the kind on the station has the serial number. */
    private List<FieldProblem> validate(WeighStation station, Long deviceId, DeviceFields fields) {
        Set<Integer> lanes = station.laneFields().stream().map(LaneFields::laneNo).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>(DeviceValidator.validate(fields, lanes, LocalDate.now(CHINA)));
        if (fields.kind() != null && fields.serialNumber() != null && !fields.serialNumber().isBlank()) {
            Long duplicates = jdbc.queryForObject("""
                    select count(*) from station_device
                     where station_id = :stationId and kind = :kind and serial_number = :serialNumber
                       and (cast(:id as bigint) is null or id <> :id)""", new MapSqlParameterSource()
                    .addValue("stationId", station.getId()).addValue("kind", fields.kind().name())
                    .addValue("serialNumber", fields.serialNumber()).addValue("id", deviceId), Long.class);
            if (duplicates != null && duplicates > 0) {
                problems.add(FieldProblem.error("serialNumber", fields.serialNumber(), "device.serial_duplicate",
                        fields.serialNumber()));
            }
        }
        return problems;
    }

    private void storePassword(long deviceId, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        jdbc.update("update station_device set password_ciphertext = :ciphertext where id = :id",
                Map.of("ciphertext", cipher.encrypt(password, context(deviceId)), "id", deviceId));
    }

    private static String context(long deviceId) {
        return "station_device:" + deviceId;
    }

    private static String label(WeighStation station, DeviceFields fields) {
        return station.getCode() + " " + fields.kind() + (fields.model() == null ? "" : " " + fields.model());
    }

    /** Audit values of a device; the password appears only as "changed", never its value. */
    private static Map<String, Object> snapshot(DeviceFields fields, boolean passwordChanged) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", fields.kind());
        snapshot.put("model", fields.model());
        snapshot.put("serialNumber", fields.serialNumber());
        snapshot.put("lanes", fields.lanes());
        snapshot.put("position", fields.position());
        snapshot.put("address", fields.address());
        snapshot.put("protocol", fields.protocol());
        snapshot.put("portSettings", fields.portSettings());
        snapshot.put("capacityKg", fields.capacityKg());
        snapshot.put("divisionKg", fields.divisionKg());
        snapshot.put("certificateNumber", fields.certificateNumber());
        snapshot.put("certificateExpiresOn", fields.certificateExpiresOn());
        snapshot.put("username", fields.username());
        snapshot.put("password", passwordChanged ? "******" : null);
        snapshot.put("spare", fields.spare());
        snapshot.put("notes", fields.notes());
        return snapshot;
    }

    private static MapSqlParameterSource parameters(DeviceFields fields) {
        return new MapSqlParameterSource()
                .addValue("kind", fields.kind().name())
                .addValue("model", fields.model())
                .addValue("serialNumber", fields.serialNumber())
                .addValue("lanes", fields.lanes())
                .addValue("position", fields.position())
                .addValue("address", fields.address())
                .addValue("protocol", fields.protocol())
                .addValue("portSettings", fields.portSettings())
                .addValue("capacityKg", fields.capacityKg())
                .addValue("divisionKg", fields.divisionKg())
                .addValue("certificateNumber", fields.certificateNumber())
                .addValue("certificateExpiresOn", fields.certificateExpiresOn())
                .addValue("username", fields.username())
                .addValue("spare", fields.spare())
                .addValue("notes", fields.notes());
    }

    static DeviceView mapRow(ResultSet rs, int rowNum) throws SQLException {
        Date expires = rs.getDate("certificate_expires_on");
        LocalDate expiresOn = expires == null ? null : expires.toLocalDate();
        return new DeviceView(rs.getLong("id"), rs.getLong("station_id"), DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("model"), rs.getString("serial_number"), rs.getString("lanes"),
                rs.getString("position"), rs.getString("address"), rs.getString("protocol"),
                rs.getString("port_settings"), (Integer) rs.getObject("capacity_kg"),
                (Integer) rs.getObject("division_kg"), rs.getString("certificate_number"), expiresOn,
                rs.getString("username"), rs.getString("password_ciphertext") != null, rs.getBoolean("spare"),
                rs.getString("notes"), rs.getLong("version"));
    }
}
