package cn.overloadcontrol.common;

/**
 * Plate colour (车牌颜色), independent of any code set. Devices and upper platforms use one of
 * the code sets in {@link PlateColorCodes}, so callers keep the raw code next to the normalized colour.
 */
public enum PlateColor {
    BLUE,
    YELLOW,
    BLACK,
    WHITE,
    /** Green without the small/large distinction, as JT/T 697.7-2014 code 5 reports it. */
    GREEN,
    /** 黄绿双拼色: large new-energy vehicles. */
    YELLOW_GREEN,
    /** 渐变绿色: small new-energy vehicles. */
    GRADIENT_GREEN,
    /** 农黄色: agricultural vehicles. */
    AGRICULTURAL_YELLOW,
    /** 农绿色: agricultural vehicles. */
    AGRICULTURAL_GREEN,
    /** 蓝白渐变色, as the toll/ETC code set names it. */
    BLUE_WHITE,
    /** A colour the device reported as "other". */
    OTHER,
    /** No colour, or a code outside the code set. */
    UNKNOWN
}
