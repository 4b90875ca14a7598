package cn.overloadcontrol.weighing;

/**
 * The limit of a row for a vehicle whose drive axles have air suspension and dual tyres (2016
 * 认定标准, note 4).
 *
 * @param limitKg the limit that replaces the row's limit
 * @param minSemitrailerAxleSpacingMm the semitrailer axle spacing the vehicle needs at least, or
 *        {@code null} when the row has no such condition
 */
record AirSuspensionRule(int limitKg, Integer minSemitrailerAxleSpacingMm) {
}
