package cn.overloadcontrol.station;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.files.ContentAddressedFiles;
import cn.overloadcontrol.common.files.DocumentCheck;
import cn.overloadcontrol.common.files.DocumentType;
import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.DateRules;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The installation record of a weigh station: installer and its qualification, installation
 * date, maintenance contract, the maintenance log and the unit's emergency plan as an uploaded
 * PDF, Word or photo. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class StationInstallations {

    static final String AUDIT_OBJECT_TYPE = "station_installation";
    static final Set<DocumentType> PLAN_TYPES = Set.of(DocumentType.PDF, DocumentType.DOCX, DocumentType.JPEG);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Logger log = LoggerFactory.getLogger(StationInstallations.class);

    private final StationService stations;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final ContentAddressedFiles files;
    private final long maxPlanBytes;

    StationInstallations(StationService stations, NamedParameterJdbcTemplate jdbc, AuditLog auditLog,
            @Value("${app.documents.dir:./data/documents}") Path documentsDir,
            @Value("${app.documents.max-file-size:10MB}") DataSize maxPlanSize) {
        this.stations = stations;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.files = new ContentAddressedFiles(documentsDir);
        this.maxPlanBytes = maxPlanSize.toBytes();
    }

    /** Returns the installation record of a station in the user's scope; empty fields when none is filed. */
    public InstallationView view(long stationId) {
        stations.loadInScope(stationId);
        return find(stationId);
    }

    /**
     * Replaces the installation and maintenance fields, and audits the change.
     *
     * @throws StationValidationException with every problem found; nothing is changed
     */
    @Transactional
    public void save(long stationId, InstallationFields fields, long expectedVersion) {
        WeighStation station = stations.loadInScope(stationId);
        InstallationView before = find(stationId);
        List<FieldProblem> problems = validate(fields);
        if (before.version() != expectedVersion) {
            problems.add(FieldProblem.error("version", Long.toString(expectedVersion), "stale"));
        }
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }
        ensureRow(stationId);
        jdbc.update("""
                update station_installation set installer_company = :installerCompany,
                    installer_qualification = :installerQualification, installed_on = :installedOn,
                    maintenance_company = :maintenanceCompany,
                    maintenance_contract_number = :maintenanceContractNumber,
                    maintenance_until = :maintenanceUntil, updated_at = now(), version = version + 1
                where station_id = :stationId""", new MapSqlParameterSource()
                .addValue("installerCompany", fields.installerCompany())
                .addValue("installerQualification", fields.installerQualification())
                .addValue("installedOn", fields.installedOn())
                .addValue("maintenanceCompany", fields.maintenanceCompany())
                .addValue("maintenanceContractNumber", fields.maintenanceContractNumber())
                .addValue("maintenanceUntil", fields.maintenanceUntil())
                .addValue("stationId", stationId));
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, stationId, station.getCode(),
                AuditChanges.diff(snapshot(before.fields()), snapshot(fields))));
    }

    /**
     * Stores an uploaded emergency plan (PDF, .docx or JPEG, checked by content) for the station,
     * replacing the previous one, and audits it.
     *
     * @throws StationValidationException when the file is missing, too large or of another type
     */
    @Transactional
    public void uploadEmergencyPlan(long stationId, String fileName, byte[] content) {
        WeighStation station = stations.loadInScope(stationId);
        FieldProblem problem = DocumentCheck.problem("file", fileName, content, PLAN_TYPES, maxPlanBytes);
        if (problem != null) {
            throw new StationValidationException(List.of(problem));
        }
        DocumentType type = DocumentType.detect(content).orElseThrow();
        InstallationView before = find(stationId);
        String sha256 = files.put(content);
        String name = safeName(fileName, type);
        ensureRow(stationId);
        jdbc.update("""
                update station_installation set emergency_plan_sha256 = :sha256, emergency_plan_name = :name,
                    emergency_plan_type = :type, emergency_plan_size = :size, emergency_plan_uploaded_at = now(),
                    updated_at = now(), version = version + 1
                where station_id = :stationId""", new MapSqlParameterSource()
                .addValue("sha256", sha256).addValue("name", name).addValue("type", type.name())
                .addValue("size", content.length).addValue("stationId", stationId));
        String previous = before.emergencyPlan() == null ? null
                : before.emergencyPlan().fileName() + " " + before.emergencyPlan().sha256();
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, stationId, station.getCode(),
                AuditChanges.diff(mapOf("emergencyPlan", previous), mapOf("emergencyPlan", name + " " + sha256))));
        log.info("Stored emergency plan {} ({} bytes, {}) of weigh station {}", sha256, content.length, type,
                stationId);
    }

    /** The plan of a station in the user's scope with its opened content, or {@code null} when none is filed. */
    public record PlanContent(EmergencyPlan plan, InputStream content) {
    }

    public PlanContent openEmergencyPlan(long stationId) {
        stations.loadInScope(stationId);
        EmergencyPlan plan = find(stationId).emergencyPlan();
        if (plan == null) {
            return null;
        }
        return files.open(plan.sha256()).map(content -> new PlanContent(plan, content)).orElse(null);
    }

    /**
     * Appends a line to the maintenance log, and audits it.
     *
     * @throws StationValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long addMaintenance(long stationId, LocalDate performedOn, String performedBy, String description) {
        WeighStation station = stations.loadInScope(stationId);
        List<FieldProblem> problems = new ArrayList<>();
        if (performedOn == null) {
            problems.add(FieldProblem.error("performedOn", null, "required"));
        } else if (performedOn.isAfter(LocalDate.now(CHINA))) {
            problems.add(FieldProblem.error("performedOn", performedOn.toString(), "maintenance.date_in_future"));
        } else {
            DateRules.checkRange(problems, "performedOn", performedOn, LocalDate.now(CHINA));
        }
        text(problems, "performedBy", performedBy, 64, true);
        text(problems, "description", description, 1000, true);
        if (!problems.isEmpty()) {
            throw new StationValidationException(problems);
        }
        String recordedBy = CurrentUsers.find().map(CurrentUser::username).orElse(null);
        Long id = jdbc.queryForObject("""
                insert into station_maintenance_log (station_id, performed_on, performed_by, description, recorded_by)
                values (:stationId, :performedOn, :performedBy, :description, :recordedBy) returning id""",
                new MapSqlParameterSource().addValue("stationId", stationId).addValue("performedOn", performedOn)
                        .addValue("performedBy", performedBy).addValue("description", description)
                        .addValue("recordedBy", recordedBy), Long.class);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("performedOn", performedOn);
        after.put("performedBy", performedBy);
        after.put("description", description);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, "station_maintenance", id, station.getCode(),
                AuditChanges.diff(null, after)));
        return id;
    }

    /** Returns the maintenance log of a station in the user's scope, newest first. */
    public List<MaintenanceEntry> maintenanceLog(long stationId) {
        stations.loadInScope(stationId);
        return jdbc.query("select * from station_maintenance_log where station_id = :stationId"
                + " order by performed_on desc, id desc", Map.of("stationId", stationId), (rs, n) ->
                new MaintenanceEntry(rs.getLong("id"), rs.getLong("station_id"),
                        rs.getDate("performed_on").toLocalDate(), rs.getString("performed_by"),
                        rs.getString("description"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant().atOffset(CHINA)));
    }

    private InstallationView find(long stationId) {
        return jdbc.query("select * from station_installation where station_id = :stationId",
                        Map.of("stationId", stationId), StationInstallations::mapRow)
                .stream().findFirst()
                .orElseGet(() -> new InstallationView(stationId, InstallationFields.empty(), null, 0));
    }

    private void ensureRow(long stationId) {
        jdbc.update("insert into station_installation (station_id) values (:stationId) on conflict do nothing",
                Map.of("stationId", stationId));
    }

    private static List<FieldProblem> validate(InstallationFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "installerCompany", fields.installerCompany(), 128, false);
        text(problems, "installerQualification", fields.installerQualification(), 128, false);
        text(problems, "maintenanceCompany", fields.maintenanceCompany(), 128, false);
        text(problems, "maintenanceContractNumber", fields.maintenanceContractNumber(), 64, false);
        LocalDate today = LocalDate.now(CHINA);
        if (fields.installedOn() != null && fields.installedOn().isAfter(today)) {
            problems.add(FieldProblem.error("installedOn", fields.installedOn().toString(),
                    "installation.date_in_future"));
        } else {
            DateRules.checkRange(problems, "installedOn", fields.installedOn(), today);
        }
        DateRules.checkRange(problems, "maintenanceUntil", fields.maintenanceUntil(), today);
        if (fields.installedOn() != null && fields.maintenanceUntil() != null
                && fields.maintenanceUntil().isBefore(fields.installedOn())) {
            problems.add(FieldProblem.error("maintenanceUntil", fields.maintenanceUntil().toString(),
                    "installation.maintenance_before_installation", fields.maintenanceUntil().toString(),
                    fields.installedOn().toString()));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.error(field, value, "required"));
            }
        } else if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }

    /** Keeps the last path segment of the browser's file name, cut to the column, with the detected extension. */
    private static String safeName(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "应急处置预案." + type.extension();
        }
        return name.length() > 128 ? name.substring(name.length() - 128) : name;
    }

    private static Map<String, Object> snapshot(InstallationFields fields) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("installerCompany", fields.installerCompany());
        snapshot.put("installerQualification", fields.installerQualification());
        snapshot.put("installedOn", fields.installedOn());
        snapshot.put("maintenanceCompany", fields.maintenanceCompany());
        snapshot.put("maintenanceContractNumber", fields.maintenanceContractNumber());
        snapshot.put("maintenanceUntil", fields.maintenanceUntil());
        return snapshot;
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private static InstallationView mapRow(ResultSet rs, int rowNum) throws SQLException {
        InstallationFields fields = new InstallationFields(rs.getString("installer_company"),
                rs.getString("installer_qualification"), date(rs.getDate("installed_on")),
                rs.getString("maintenance_company"), rs.getString("maintenance_contract_number"),
                date(rs.getDate("maintenance_until")));
        EmergencyPlan plan = null;
        String sha256 = rs.getString("emergency_plan_sha256");
        if (sha256 != null) {
            Timestamp uploadedAt = rs.getTimestamp("emergency_plan_uploaded_at");
            plan = new EmergencyPlan(sha256, rs.getString("emergency_plan_name"),
                    DocumentType.valueOf(rs.getString("emergency_plan_type")), rs.getLong("emergency_plan_size"),
                    OffsetDateTime.ofInstant(uploadedAt.toInstant(), CHINA));
        }
        return new InstallationView(rs.getLong("station_id"), fields, plan, rs.getLong("version"));
    }

    private static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
