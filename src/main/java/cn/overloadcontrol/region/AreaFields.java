package cn.overloadcontrol.region;

/**
 * The fields of an area that the office edits, already trimmed. Whether an area is statutory
 * comes from the official list and is not edited, so areas added on screen are non-statutory.
 *
 * @param code      free text such as {@code 140581K02}, unique among all areas
 * @param name      unique among all areas
 * @param kind      town, sub-district, township or other
 * @param sortOrder position in lists, smallest first
 */
public record AreaFields(String code, String name, AreaKind kind, Integer sortOrder) {
}
