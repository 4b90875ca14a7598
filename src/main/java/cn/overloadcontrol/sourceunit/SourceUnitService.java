package cn.overloadcontrol.sourceunit;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.RegionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sourceunit module's API: the ledger of source units. */
@Service
@Transactional(readOnly = true)
public class SourceUnitService {

    static final String AUDIT_OBJECT_TYPE = "source_unit";

    private final SourceUnitRepository units;
    private final UnitDictionaryRepository dictionary;
    private final RegionService regions;
    private final AuditLog auditLog;

    SourceUnitService(SourceUnitRepository units, UnitDictionaryRepository dictionary, RegionService regions,
            AuditLog auditLog) {
        this.units = units;
        this.dictionary = dictionary;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    /** Returns the entries of one dictionary in display order, inactive ones included. */
    public List<DictionaryItemView> dictionary(DictionaryKind kind) {
        return dictionary.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(UnitDictionaryItem::toView).toList();
    }

    /**
     * Validates and stores a new unit, and audits it.
     *
     * @return the new unit's id
     * @throws UnitValidationException with every problem found; nothing is stored
     */
    @Transactional
    public long create(UnitFields fields) {
        List<FieldProblem> problems = problemsOf(fields);
        if (!problems.isEmpty()) {
            throw new UnitValidationException(problems);
        }
        SourceUnit unit = units.save(new SourceUnit(fields));
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, unit.getId(), unit.getName(),
                AuditChanges.diff(null, unit.auditSnapshot())));
        return unit.getId();
    }

    /** Returns every blocking problem of new unit fields, against the rules and the ledger. */
    List<FieldProblem> problemsOf(UnitFields fields) {
        List<FieldProblem> problems = new ArrayList<>(UnitFieldsValidator.validate(fields));
        if (fields.areaId() != null && regions.findById(fields.areaId()).isEmpty()) {
            problems.add(FieldProblem.error("areaId", fields.areaId().toString(), "area.unknown"));
        }
        checkDictionary(problems, "unitTypeId", fields.unitTypeId(), DictionaryKind.UNIT_TYPE, "unit_type.unknown");
        checkDictionary(problems, "supervisionModeId", fields.supervisionModeId(), DictionaryKind.SUPERVISION_MODE,
                "supervision_mode.unknown");
        if (fields.creditCode() != null && units.existsByCreditCode(fields.creditCode())) {
            problems.add(FieldProblem.error("creditCode", fields.creditCode(), "credit_code.duplicate"));
        }
        return problems;
    }

    private void checkDictionary(List<FieldProblem> problems, String field, Long id, DictionaryKind kind,
            String code) {
        if (id == null) {
            return;
        }
        boolean known = dictionary.findById(id).filter(item -> item.getKind() == kind).isPresent();
        if (!known) {
            problems.add(FieldProblem.error(field, id.toString(), code));
        }
    }
}
