package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the user list: search, filters, paging, with area and unit names resolved. */
@Service
@Transactional(readOnly = true)
class UserSearchService {

    static final int PAGE_SIZE = 20;

    private final AppUserRepository users;
    private final RegionService regions;
    private final UnitDirectory units;

    UserSearchService(AppUserRepository users, RegionService regions, UnitDirectory units) {
        this.users = users;
        this.regions = regions;
        this.units = units;
    }

    /** Returns one page of users matching the query, ordered by username. */
    Page<UserSummary> search(UserQuery query, int page) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("username"));
        Page<AppUser> found = users.findAll(matching(query), request);

        Map<Long, String> areaNames = regions.allAreas().stream()
                .collect(Collectors.toMap(AreaView::id, AreaView::name));
        Map<Long, UnitRef> unitsById = units.findAllById(unitIdsOf(found.getContent()));
        OffsetDateTime now = OffsetDateTime.now();
        return found.map(user -> summaryOf(user, areaNames, unitsById, now));
    }

    static Specification<AppUser> matching(UserQuery query) {
        Specification<AppUser> spec = Specification.unrestricted();
        if (StringUtils.hasText(query.keyword())) {
            String pattern = "%" + escapeLike(query.keyword().strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, q, cb) -> cb.or(
                    cb.like(cb.lower(root.get("username")), pattern, '\\'),
                    cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
        }
        if (query.role() != null) {
            spec = spec.and((root, q, cb) -> cb.isMember(query.role(), root.get("roles")));
        }
        if (query.enabled() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("enabled"), query.enabled()));
        }
        return spec;
    }

    private static List<Long> unitIdsOf(Collection<AppUser> page) {
        return page.stream().map(AppUser::getUnitId).filter(Objects::nonNull).distinct().toList();
    }

    private static UserSummary summaryOf(AppUser user, Map<Long, String> areaNames, Map<Long, UnitRef> unitsById,
            OffsetDateTime now) {
        List<Role> roles = user.getRoles().stream().sorted().toList();
        List<String> areas = user.getAreaIds().stream()
                .map(id -> areaNames.getOrDefault(id, String.valueOf(id)))
                .sorted()
                .toList();
        UnitRef unit = user.getUnitId() == null ? null : unitsById.get(user.getUnitId());
        String unitName = unit != null ? unit.name() : user.getUnitId() == null ? null : "#" + user.getUnitId();
        String lockedUntil = user.isLockedAt(now) ? ShanghaiTime.format(user.getLockedUntil()) : null;
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getDepartment(),
                user.getPhone(), roles, areas, unitName, user.isEnabled(), user.isMustChangePassword(), lockedUntil,
                ShanghaiTime.format(user.getLastLoginAt()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
