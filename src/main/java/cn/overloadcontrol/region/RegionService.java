package cn.overloadcontrol.region;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region module's API: the jurisdiction and its supervising areas. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final AreaRepository areas;
    private final JurisdictionProperties jurisdiction;

    RegionService(AreaRepository areas, JurisdictionProperties jurisdiction) {
        this.areas = areas;
        this.jurisdiction = jurisdiction;
    }

    public JurisdictionProperties jurisdiction() {
        return jurisdiction;
    }

    /** Returns every area, inactive ones included, in display order. */
    public List<AreaView> allAreas() {
        return areas.findAllByOrderBySortOrderAscCodeAsc().stream().map(Area::toView).toList();
    }

    /** Returns the areas that can be chosen for new data, in display order. */
    public List<AreaView> activeAreas() {
        return allAreas().stream().filter(AreaView::active).toList();
    }

    public Optional<AreaView> findById(long id) {
        return areas.findById(id).map(Area::toView);
    }

    public Optional<AreaView> findByName(String name) {
        return areas.findByName(name.strip()).map(Area::toView);
    }

    public Optional<AreaView> findByCode(String code) {
        return areas.findByCode(code.strip()).map(Area::toView);
    }
}
