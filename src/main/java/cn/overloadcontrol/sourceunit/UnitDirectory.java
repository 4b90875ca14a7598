package cn.overloadcontrol.sourceunit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Looks up source units by id or keyword for other modules, such as user management assigning
 * an enterprise user to a unit. It applies no data scope: callers are administrators who may
 * pick any unit, and screens of scoped users must use {@link SourceUnitService}.
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

    /** Returns the units with these ids, keyed by id; unknown ids are left out. */
    public Map<Long, UnitRef> findAllById(Collection<Long> ids) {
        return units.findAllById(ids).stream()
                .map(UnitDirectory::toRef)
                .collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    /**
     * Returns up to {@code limit} units whose name contains the keyword or whose credit code
     * starts with it, ignoring case, ordered by name. A blank keyword matches every unit.
     */
    public List<UnitRef> search(String keyword, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, limit), Sort.by("name", "id"));
        return units.findAll(matching(keyword), page).stream().map(UnitDirectory::toRef).toList();
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
