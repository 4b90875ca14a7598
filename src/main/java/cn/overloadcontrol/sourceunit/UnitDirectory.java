package cn.overloadcontrol.sourceunit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Looks up source units by id or keyword for other modules: user management assigning an
 * enterprise user to a unit, stations belonging to a unit. Methods without a scope parameter
 * apply none and serve administrators, machine requests and scheduled jobs; screens of scoped
 * users pass the user's {@link DataScope}.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final SourceUnitRepository units;

    UnitDirectory(SourceUnitRepository units) {
        this.units = units;
    }

    public Optional<UnitRef> findById(long id) {
        return units.findById(id).map(UnitDirectory::toRef);
    }

    /**
     * Returns a unit that the given scope permits; the scope is part of the query.
     *
     * @throws UnitNotFoundException when the unit does not exist or lies outside the scope
     */
    public UnitRef findInScope(long unitId, DataScope scope) {
        return units.findInScope(unitId, scope)
                .map(UnitDirectory::toRef)
                .orElseThrow(() -> new UnitNotFoundException(unitId));
    }

    /** Returns the units with these ids, keyed by id; unknown ids are left out. */
    public Map<Long, UnitRef> findAllById(Collection<Long> ids) {
        return units.findAllById(ids).stream()
                .map(UnitDirectory::toRef)
                .collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    /** Returns every unit on the public list (公示), by id, for the uploads to the upper platforms. */
    public List<UnitRef> listPublished() {
        return units.findByPublishedTrueOrderByIdAsc().stream().map(UnitDirectory::toRef).toList();
    }

    /** Returns the units that the scope permits, by name, for choosing one on a form. */
    public List<UnitRef> listInScope(DataScope scope) {
        return units.findAll(inScope(scope), Sort.by("name", "id")).stream().map(UnitDirectory::toRef).toList();
    }

    /**
     * Returns up to {@code limit} units whose name contains the keyword or whose credit code
     * starts with it, ignoring case, ordered by name. A blank keyword matches every unit.
     */
    public List<UnitRef> search(String keyword, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, limit), Sort.by("name", "id"));
        return units.findAll(matching(keyword), page).stream().map(UnitDirectory::toRef).toList();
    }

    private static Specification<SourceUnit> inScope(DataScope scope) {
        if (scope.all()) {
            return Specification.unrestricted();
        }
        if (scope.unitId() != null) {
            return (root, query, cb) -> cb.equal(root.get("id"), scope.unitId());
        }
        if (scope.areaIds().isEmpty()) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> root.get("areaId").in(scope.areaIds());
    }

    private static Specification<SourceUnit> matching(String keyword) {
        if (!StringUtils.hasText(keyword)) {
            return Specification.unrestricted();
        }
        String text = escapeLike(keyword.strip().toLowerCase(Locale.ROOT));
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), "%" + text + "%", '\\'),
                cb.like(cb.lower(root.get("creditCode")), text + "%", '\\'));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UnitRef toRef(SourceUnit unit) {
        return new UnitRef(unit.getId(), unit.getName(), unit.getCreditCode(), unit.getAreaId());
    }
}
