package cn.overloadcontrol.weighing.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a piece of evidence shows; the clip is the only video, every other kind is a photo. */
public enum MediaKind {
    FRONT_PLATE, REAR_PLATE, FRONT, REAR, SIDE, TOP, CARGO, CLIP;

    /** Parses a kind name in any letter case; empty for null or an unknown name. */
    public static Optional<MediaKind> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    public boolean isVideo() {
        return this == CLIP;
    }
}
