package cn.overloadcontrol.region;

/** A supervising area as other modules see it. */
public record AreaView(long id, String code, String name, AreaKind kind, boolean statutory, int sortOrder,
        boolean active) {
}
