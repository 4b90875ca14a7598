package cn.overloadcontrol.sourceunit;

/**
 * Filters of the ledger list, shared by the screen and the Excel export; {@code null} or blank
 * filters are not applied.
 *
 * @param keyword   part of the name, or the start of the credit code
 * @param areaId    supervising area
 * @param unitTypeId unit type dictionary entry
 * @param status    operating status
 * @param published whether the unit is on the public list
 */
public record UnitQuery(String keyword, Long areaId, Long unitTypeId, UnitStatus status, Boolean published) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null, null);
    }
}
