package cn.overloadcontrol.sourceunit;

/**
 * Filters of the public list; {@code null} or blank filters are not applied.
 *
 * @param name       part of the unit's name
 * @param areaId     supervising area
 * @param unitTypeId unit type dictionary entry
 */
public record PublicUnitQuery(String name, Long areaId, Long unitTypeId) {

    public static PublicUnitQuery all() {
        return new PublicUnitQuery(null, null, null);
    }
}
