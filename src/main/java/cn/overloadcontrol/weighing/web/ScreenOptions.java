package cn.overloadcontrol.weighing.web;

import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.springframework.stereotype.Component;

/** The area and unit choices of the filter forms, limited to what the user may see. */
@Component
class ScreenOptions {

    private final RegionService regions;
    private final UnitDirectory units;

    ScreenOptions(RegionService regions, UnitDirectory units) {
        this.regions = regions;
        this.units = units;
    }

    List<AreaView> areas(DataScope scope) {
        return regions.allAreas().stream().filter(area -> scope.all() || scope.areaIds().contains(area.id()))
                .toList();
    }

    List<UnitRef> units(DataScope scope) {
        return units.listInScope(scope);
    }
}
