package cn.overloadcontrol.region;

/** Kind of a supervising area below the county. */
public enum AreaKind {
    /** 街道 */
    SUBDISTRICT,
    /** 镇 */
    TOWN,
    /** 乡 */
    TOWNSHIP,
    /** Non-statutory area, such as a development zone (经济技术开发区). */
    OTHER
}
