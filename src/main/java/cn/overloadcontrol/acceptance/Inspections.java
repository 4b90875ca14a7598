package cn.overloadcontrol.acceptance;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.files.ContentAddressedFiles;
import cn.overloadcontrol.common.files.DocumentCheck;
import cn.overloadcontrol.common.files.DocumentType;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The inspection of an open acceptance: fills the automatic items from the platform's data,
 * records the inspectors' pass or fail with notes, and stores their photos.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

    static final String ITEM_AUDIT_OBJECT_TYPE = "acceptance_item";
    static final Set<DocumentType> PHOTO_TYPES = Set.of(DocumentType.JPEG, DocumentType.PNG);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Logger log = LoggerFactory.getLogger(Inspections.class);

    private final AcceptanceService acceptances;
    private final AcceptanceQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, AutomaticCheck> checks;
    private final AcceptanceProperties properties;
    private final MessageSource messages;
    private final AuditLog auditLog;
    private final ContentAddressedFiles files;
    private final long maxPhotoBytes;

    Inspections(AcceptanceService acceptances, AcceptanceQueries queries, NamedParameterJdbcTemplate jdbc,
            List<AutomaticCheck> checks, AcceptanceProperties properties, MessageSource messages, AuditLog auditLog,
            @Value("${app.documents.dir:./data/documents}") Path documentsDir,
            @Value("${app.documents.max-file-size:10MB}") DataSize maxPhotoSize) {
        this.acceptances = acceptances;
        this.queries = queries;
        this.jdbc = jdbc;
        this.checks = checks.stream().collect(Collectors.toMap(AutomaticCheck::key, Function.identity()));
        this.properties = properties;
        this.messages = messages;
        this.auditLog = auditLog;
        this.files = new ContentAddressedFiles(documentsDir);
        this.maxPhotoBytes = maxPhotoSize.toBytes();
    }

    /** Returns the keys of the automatic checks on offer, sorted. */
    public List<String> checkKeys() {
        return checks.keySet().stream().sorted().toList();
    }

    /**
     * Evaluates the automatic items of an open acceptance over the test period that ends now.
     * Items an inspector has already recorded by hand keep that result.
     *
     * @throws AcceptanceValidationException when the acceptance is concluded or changed meanwhile
     */
    @Transactional
    public void evaluate(long acceptanceId, long expectedVersion) {
        AcceptanceView acceptance = acceptances.view(acceptanceId);
        List<FieldProblem> problems = new ArrayList<>();
        AcceptanceService.checkOpen(acceptance, expectedVersion, problems);
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
        OffsetDateTime to = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime from = to.minusDays(properties.testPeriodDays());
        AutomaticCheck.Context context = new AutomaticCheck.Context(acceptance.unitId(), from, to, to.toLocalDate());

        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (AcceptanceItemView item : acceptance.items()) {
            if (item.automatic() && item.recordedBy() == null) {
                AutomaticCheck.Result result = evaluate(item.checkKey(), context);
                String measured = messages.getMessage(result.messageKey(), result.args().toArray(), CHINESE);
                jdbc.update("update acceptance_item set outcome = :outcome, measured = :measured where id = :id",
                        new MapSqlParameterSource().addValue("outcome", result.outcome().name())
                                .addValue("measured", cut(measured, 256)).addValue("id", item.id()));
                outcomes.put(item.checkKey(), result.outcome());
            }
        }
        jdbc.update("update acceptance set period_from = :from, period_to = :to, version = version + 1 where id = :id",
                new MapSqlParameterSource().addValue("from", from).addValue("to", to).addValue("id", acceptanceId));
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AcceptanceService.AUDIT_OBJECT_TYPE, acceptanceId,
                acceptance.unitName(), AuditChanges.diff(null, outcomes)).withDetail("automatic items evaluated"));
        log.info("Evaluated automatic items of acceptance {} over {} to {}: {}", acceptanceId, from, to, outcomes);
    }

    private AutomaticCheck.Result evaluate(String key, AutomaticCheck.Context context) {
        AutomaticCheck check = checks.get(key);
        if (check == null) {
            log.warn("Acceptance item names the unknown automatic check {}; left to review by hand", key);
            return AutomaticCheck.Result.toReview("acceptance.measured.checkUnknown", key);
        }
        return check.evaluate(context);
    }

    /**
     * Records an inspector's pass or fail of one item. Manual items take it at any time. An
     * automatic item takes it only when its check found no data (待核), and then the notes must
     * describe the check by hand. A failed item needs notes, which become the rectification requirement.
     *
     * @throws AcceptanceValidationException when a rule is broken; nothing is changed
     */
    @Transactional
    public void record(long acceptanceId, long itemId, ItemOutcome outcome, String notes) {
        AcceptanceView acceptance = acceptances.view(acceptanceId);
        AcceptanceItemView item = item(acceptance, itemId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!acceptance.open()) {
            problems.add(FieldProblem.error("status", acceptance.status().name(), "acceptance.already_concluded"));
        }
        if (outcome == null || !outcome.decided()) {
            problems.add(FieldProblem.error("outcome", outcome == null ? null : outcome.name(),
                    "acceptance.outcome_required"));
        }
        if (!item.recordable()) {
            problems.add(FieldProblem.error("outcome", item.title(), "acceptance.item_automatic"));
        }
        boolean notesRequired = outcome == ItemOutcome.FAILED || item.automatic();
        if (notesRequired && (notes == null || notes.isBlank())) {
            problems.add(FieldProblem.error("notes", null, "acceptance.notes_required"));
        } else if (notes != null && notes.length() > 1000) {
            problems.add(FieldProblem.error("notes", notes, "too_long", 1000));
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
        jdbc.update("""
                update acceptance_item set outcome = :outcome, notes = :notes, recorded_by = :by, recorded_at = now()
                where id = :id""", new MapSqlParameterSource().addValue("outcome", outcome.name())
                .addValue("notes", notes).addValue("by", AcceptanceService.currentUserName()).addValue("id", itemId));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("outcome", item.outcome());
        before.put("notes", item.notes());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", outcome);
        after.put("notes", notes);
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, ITEM_AUDIT_OBJECT_TYPE, itemId,
                acceptance.unitName() + " " + item.title(), AuditChanges.diff(before, after)));
    }

    /**
     * Stores a JPEG or PNG photo of an item of an open acceptance.
     *
     * @throws AcceptanceValidationException when the file is missing, too large or not a photo
     */
    @Transactional
    public long addPhoto(long acceptanceId, long itemId, String fileName, byte[] content) {
        AcceptanceView acceptance = acceptances.view(acceptanceId);
        AcceptanceItemView item = item(acceptance, itemId);
        if (!acceptance.open()) {
            throw new AcceptanceValidationException(FieldProblem.error("status", acceptance.status().name(),
                    "acceptance.already_concluded"));
        }
        FieldProblem problem = DocumentCheck.problem("photo", fileName, content, PHOTO_TYPES, maxPhotoBytes);
        if (problem != null) {
            throw new AcceptanceValidationException(problem);
        }
        DocumentType type = DocumentType.detect(content).orElseThrow();
        String sha256 = files.put(content);
        String name = fileName == null || fileName.isBlank() ? "photo." + type.extension()
                : cut(fileName.replaceAll("^.*[/\\\\]", ""), 128);
        Long id = jdbc.queryForObject("""
                insert into acceptance_item_photo (item_id, sha256, content_type, size_bytes, file_name, uploaded_by)
                values (:itemId, :sha256, :type, :size, :name, :by) returning id""", new MapSqlParameterSource()
                .addValue("itemId", itemId).addValue("sha256", sha256).addValue("type", type.contentType())
                .addValue("size", content.length).addValue("name", name)
                .addValue("by", AcceptanceService.currentUserName()), Long.class);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, "acceptance_photo", id,
                acceptance.unitName() + " " + item.title(), AuditChanges.diff(null, Map.of("photo", name + " " + sha256))));
        return id;
    }

    /** A stored photo with its opened content. */
    public record PhotoContent(PhotoView photo, InputStream content) {
    }

    /**
     * Opens a photo of an acceptance in the user's scope.
     *
     * @throws AcceptanceNotFoundException when the photo is unknown, outside the scope or its file is missing
     */
    public PhotoContent openPhoto(long acceptanceId, long photoId) {
        PhotoView photo = queries.photo(acceptanceId, photoId, CurrentUsers.scope())
                .orElseThrow(() -> new AcceptanceNotFoundException("Photo", photoId));
        InputStream content = files.open(photo.sha256())
                .orElseThrow(() -> new AcceptanceNotFoundException("Photo file", photoId));
        return new PhotoContent(photo, content);
    }

    private static AcceptanceItemView item(AcceptanceView acceptance, long itemId) {
        return acceptance.items().stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new AcceptanceNotFoundException("Acceptance item", itemId));
    }

    private static String cut(String text, int maxLength) {
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }
}
