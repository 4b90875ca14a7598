package cn.overloadcontrol.sourceunit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel import of source units: read a file into a draft, preview every row's problems
 * without storing anything, then commit all rows in one transaction or none.
 */
@Service
@Transactional(readOnly = true)
class UnitImportService {

    private static final Logger log = LoggerFactory.getLogger(UnitImportService.class);

    private final UnitImportFileReader fileReader;
    private final UnitImportRepository repository;
    private final RegionService regions;
    private final SourceUnitService units;
    private final AuditLog auditLog;
    private final MessageSource messages;

    UnitImportService(UnitImportFileReader fileReader, UnitImportRepository repository, RegionService regions,
            SourceUnitService units, AuditLog auditLog, MessageSource messages) {
        this.fileReader = fileReader;
        this.repository = repository;
        this.regions = regions;
        this.units = units;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /**
     * Reads an uploaded file into a draft for the given user; checks only the file, not the rows.
     *
     * @throws UnitImportFileException when the file is rejected as a whole
     */
    UnitImportDraft read(Path file, String fileName, long userId) throws UnitImportFileException {
        List<UnitImportRow> rows = fileReader.read(file);
        log.info("Read unit import file '{}' with {} rows for user {}", fileName, rows.size(), userId);
        return new UnitImportDraft(UUID.randomUUID().toString(), userId, fileName, rows);
    }

    /** Checks every row of a draft against the rules, the reference data, the user's scope and the ledger. */
    UnitImportPreview preview(UnitImportDraft draft) {
        UnitImportValidator validator = new UnitImportValidator(regions.allAreas(),
                units.dictionary(DictionaryKind.UNIT_TYPE), units.dictionary(DictionaryKind.SUPERVISION_MODE),
                CurrentUsers.scope());
        Set<String> codesInLedger = repository.findExistingCreditCodes(UnitImportValidator.creditCodes(draft.rows()));
        return new UnitImportPreview(draft.fileName(), validator.validate(draft.rows(), codesInLedger));
    }

    /**
     * Checks the draft again and stores every row, auditing each new unit and the import itself.
     *
     * @return the number of units stored
     * @throws UnitImportRejectedException when any row has a problem now; nothing is stored
     */
    @Transactional
    int commit(UnitImportDraft draft) throws UnitImportRejectedException {
        UnitImportPreview preview = preview(draft);
        if (!preview.importable()) {
            log.warn("Rejected commit of unit import '{}': {} of {} rows have problems", draft.fileName(),
                    preview.problemRowCount(), preview.rowCount());
            throw new UnitImportRejectedException(preview);
        }

        List<UnitImportRowResult> rows = preview.rows();
        List<Long> ids = repository.insertAll(rows.stream().map(UnitImportRowResult::fields).toList());
        auditCreates(draft, rows, ids);
        auditImport(draft, ids);

        log.info("Imported {} units from '{}' for user {}", ids.size(), draft.fileName(), draft.userId());
        return ids.size();
    }

    /** Records one CREATE entry per unit, as the form does, so each unit's history starts with its import row. */
    private void auditCreates(UnitImportDraft draft, List<UnitImportRowResult> rows, List<Long> ids) {
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            UnitImportRowResult row = rows.get(i);
            SourceUnit unit = new SourceUnit(row.fields());
            entries.add(AuditEntry.success(AuditAction.CREATE, SourceUnitService.AUDIT_OBJECT_TYPE, ids.get(i),
                    unit.getName(), AuditChanges.diff(null, unit.auditSnapshot()))
                    .withDetail(message("unit.import.audit.create_detail", draft.fileName(), row.rowNumber())));
        }
        auditLog.recordAll(entries);
    }

    private void auditImport(UnitImportDraft draft, List<Long> ids) {
        long firstId = ids.stream().mapToLong(Long::longValue).min().orElse(0);
        long lastId = ids.stream().mapToLong(Long::longValue).max().orElse(0);
        auditLog.record(AuditEntry.success(AuditAction.IMPORT, SourceUnitService.AUDIT_OBJECT_TYPE, null,
                draft.fileName())
                .withDetail(message("unit.import.audit.detail", ids.size(), draft.fileName(), firstId, lastId)));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
