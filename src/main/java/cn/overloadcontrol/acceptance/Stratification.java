package cn.overloadcontrol.acceptance;

/** The split of units into strata, each of which a draw samples on its own. */
public enum Stratification {
    NONE,
    AREA,
    UNIT_TYPE,
    AREA_AND_TYPE;

    public String messageKey() {
        return "sampling.stratify." + name();
    }

    String stratum(String areaName, String unitTypeName) {
        return switch (this) {
            case NONE -> "全部";
            case AREA -> areaName;
            case UNIT_TYPE -> unitTypeName;
            case AREA_AND_TYPE -> areaName + " / " + unitTypeName;
        };
    }
}
