package cn.overloadcontrol.weighing.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.overloadcontrol.weighing.OverloadVerdict;

/**
 * What the platform concluded about a record when it arrived, stored with it.
 *
 * @param limitKg the legal limit, or {@code null} when none could be derived
 * @param basis the rule and table version, or why no limit could be derived
 * @param excessRate excess / limit × 100, two decimals
 * @param flags oddities of the record, in enum order
 */
record RecordJudgement(
        Integer limitKg,
        String basis,
        String tableVersion,
        String ruleId,
        Integer excessKg,
        BigDecimal excessRate,
        RecordVerdict verdict,
        OverloadVerdict overload,
        List<RecordFlag> flags) {

    RecordJudgement {
        flags = List.copyOf(flags);
    }

    /** The judgement's fields for the hash chain, as {@link CanonicalJson} input. */
    Map<String, Object> canonicalFields() {
        Map<String, Object> fields = new TreeMap<>();
        if (limitKg != null) {
            fields.put("limitKg", limitKg);
        }
        fields.put("basis", basis);
        if (tableVersion != null) {
            fields.put("tableVersion", tableVersion);
        }
        if (ruleId != null) {
            fields.put("ruleId", ruleId);
        }
        if (excessKg != null) {
            fields.put("excessKg", excessKg);
        }
        if (excessRate != null) {
            fields.put("excessRate", excessRate.toPlainString());
        }
        fields.put("verdict", verdict.name());
        fields.put("overload", overload.name());
        fields.put("flags", flags.stream().map(Enum::name).toList());
        return fields;
    }
}
