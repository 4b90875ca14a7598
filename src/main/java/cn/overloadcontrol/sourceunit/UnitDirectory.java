package cn.overloadcontrol.sourceunit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookups of source units for other modules, such as the stations of a unit. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final SourceUnitRepository units;

    UnitDirectory(SourceUnitRepository units) {
        this.units = units;
    }

    /** Finds a unit regardless of any user's scope, for machine requests and scheduled jobs. */
    public Optional<UnitSummary> find(long unitId) {
        return units.findById(unitId).map(UnitDirectory::summary);
    }

    /**
     * Returns a unit that the given scope permits.
     *
     * @throws UnitNotFoundException when the unit does not exist or lies outside the scope
     */
    public UnitSummary findInScope(long unitId, DataScope scope) {
        return find(unitId)
                .filter(unit -> scope.permits(unit.areaId(), unit.id()))
                .orElseThrow(() -> new UnitNotFoundException(unitId));
    }

    /** Returns the units that the scope permits, by name, for choosing one on a form. */
    public List<UnitSummary> listInScope(DataScope scope) {
        return units.findAll().stream()
                .map(UnitDirectory::summary)
                .filter(unit -> scope.permits(unit.areaId(), unit.id()))
                .sorted(Comparator.comparing(UnitSummary::name))
                .toList();
    }

    private static UnitSummary summary(SourceUnit unit) {
        return new UnitSummary(unit.getId(), unit.getName(), unit.getCreditCode(), unit.getAreaId());
    }
}
