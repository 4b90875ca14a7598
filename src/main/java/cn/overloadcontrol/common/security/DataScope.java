package cn.overloadcontrol.common.security;

import java.util.Set;

/**
 * The rows a user may see. Queries apply it in their WHERE clause, so a row outside the scope
 * is simply not found (404), never loaded and then hidden.
 *
 * @param all     the user sees every area and unit
 * @param areaIds areas the user may see when {@code all} is false (town staff)
 * @param unitId  the one source unit an enterprise user may see, or {@code null}
 */
public record DataScope(boolean all, Set<Long> areaIds, Long unitId) {

    public static final DataScope ALL = new DataScope(true, Set.of(), null);
    public static final DataScope NONE = new DataScope(false, Set.of(), null);

    public DataScope {
        areaIds = Set.copyOf(areaIds);
    }

    public static DataScope areas(Set<Long> areaIds) {
        return new DataScope(false, areaIds, null);
    }

    public static DataScope unit(long unitId) {
        return new DataScope(false, Set.of(), unitId);
    }

    /** Returns whether a row in this area, belonging to this unit, is visible. */
    public boolean permits(Long areaId, Long rowUnitId) {
        if (all) {
            return true;
        }
        if (unitId != null) {
            return unitId.equals(rowUnitId);
        }
        return areaId != null && areaIds.contains(areaId);
    }

    public boolean isUnitScoped() {
        return !all && unitId != null;
    }
}
