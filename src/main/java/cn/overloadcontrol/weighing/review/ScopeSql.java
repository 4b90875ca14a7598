package cn.overloadcontrol.weighing.review;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Turns a data scope into a WHERE condition on area_id and unit_id columns. */
public final class ScopeSql {

    private ScopeSql() {
    }

    /** Returns a condition starting with " and ", binding its values into {@code params}. */
    public static String condition(DataScope scope, String alias, MapSqlParameterSource params) {
        if (scope.all()) {
            return "";
        }
        if (scope.unitId() != null) {
            params.addValue("scopeUnitId", scope.unitId());
            return " and " + alias + "unit_id = :scopeUnitId";
        }
        if (scope.areaIds().isEmpty()) {
            return " and false";
        }
        params.addValue("scopeAreaIds", scope.areaIds());
        return " and " + alias + "area_id in (:scopeAreaIds)";
    }
}
