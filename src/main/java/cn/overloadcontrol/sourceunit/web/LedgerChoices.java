package cn.overloadcontrol.sourceunit.web;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.sourceunit.DictionaryItemView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import org.springframework.stereotype.Component;

/**
 * The options of the ledger's select boxes. Forms offer active entries only, plus the entry a
 * unit already has, so that editing an old unit never drops its value silently.
 */
@Component
class LedgerChoices {

    private final SourceUnitService units;
    private final SourceUnitQueries queries;

    LedgerChoices(SourceUnitService units, SourceUnitQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    /** Returns the areas for the list filter: every area the user may see. */
    List<AreaView> filterAreas() {
        return queries.visibleAreas();
    }

    List<DictionaryItemView> allUnitTypes() {
        return units.dictionary(DictionaryKind.UNIT_TYPE);
    }

    /** Returns the areas the user may put a unit in, plus {@code currentId} when it is not one of them. */
    List<AreaView> formAreas(Long currentId) {
        List<AreaView> areas = new ArrayList<>(queries.selectableAreas());
        if (currentId != null && areas.stream().noneMatch(area -> area.id() == currentId)) {
            queries.visibleAreas().stream().filter(area -> area.id() == currentId).findFirst().ifPresent(areas::add);
        }
        return areas;
    }

    List<DictionaryItemView> formItems(DictionaryKind kind, Long currentId) {
        return units.dictionary(kind).stream()
                .filter(item -> item.active() || (currentId != null && item.id() == currentId))
                .toList();
    }
}
