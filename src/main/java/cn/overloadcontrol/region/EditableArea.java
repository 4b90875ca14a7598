package cn.overloadcontrol.region;

/**
 * An area with the version the edit form sends back, so that a save over someone else's newer
 * change is rejected instead of silently overwriting it.
 */
public record EditableArea(AreaView area, long version) {
}
