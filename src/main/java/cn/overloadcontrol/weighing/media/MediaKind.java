package cn.overloadcontrol.weighing.media;

/** What a piece of evidence shows; the clip is the only video, every other kind is a photo. */
public enum MediaKind {
    FRONT_PLATE, REAR_PLATE, SIDE, TOP, CARGO, CLIP;

    public boolean isVideo() {
        return this == CLIP;
    }
}
