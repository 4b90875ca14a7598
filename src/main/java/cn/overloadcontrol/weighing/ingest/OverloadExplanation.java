package cn.overloadcontrol.weighing.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.overloadcontrol.weighing.OverloadVerdict;
import cn.overloadcontrol.weighing.RegisteredMasses;

/**
 * The 超载 judgement of a record for its detail page: the registered masses it was judged
 * against, where they came from, and by how much the weights exceed them.
 *
 * @param source where the masses came from, or {@code null} when neither the station nor the
 *        registry knew the vehicle (未登记)
 * @param importedFrom the registry row's source, such as the import file, when {@code source} is REGISTRY
 * @param importedAt when that registry row was imported, when known
 * @param grossExcessKg gross weight above the registered total mass, or {@code null} when not above
 * @param netExcessKg net weight above the registered load, or {@code null} when not above or unknown
 */
public record OverloadExplanation(OverloadVerdict verdict, RegisteredMasses.Source source, Integer totalMassKg,
        Integer loadKg, String importedFrom, OffsetDateTime importedAt, Integer grossExcessKg, Integer netExcessKg) {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /**
     * Explains the verdict of {@code content}. Records stored before the mass source was kept
     * have no source; their own masses, when they carry any, count as sent by the station.
     */
    static OverloadExplanation of(RecordContent content, OverloadVerdict verdict, RegisteredMasses.Source source,
            RegisteredMasses registry) {
        RegisteredMasses.Source effectiveSource = source != null ? source
                : RecordJudge.massSource(content, null);
        Integer total = null;
        Integer load = null;
        String importedFrom = null;
        OffsetDateTime importedAt = null;
        if (effectiveSource == RegisteredMasses.Source.REGISTRY && registry != null) {
            total = registry.totalMassKg();
            load = registry.loadKg();
            importedFrom = registry.importedFrom();
            importedAt = registry.importedAt() == null ? null : registry.importedAt().atOffset(CHINA);
        } else if (effectiveSource == RegisteredMasses.Source.RECORD) {
            total = content.registeredTotalMassKg();
            load = content.registeredLoadKg();
        }
        Integer grossExcess = total != null && content.grossKg() > total ? content.grossKg() - total : null;
        Integer netExcess = load != null && content.netKg() != null && content.netKg() > load
                ? content.netKg() - load : null;
        return new OverloadExplanation(verdict, effectiveSource, total, load, importedFrom, importedAt, grossExcess,
                netExcess);
    }

    /** Returns whether registered masses were known, from the station or the registry. */
    public boolean registered() {
        return source != null;
    }
}
