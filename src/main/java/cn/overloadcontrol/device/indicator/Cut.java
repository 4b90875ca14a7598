package cn.overloadcontrol.device.indicator;

/** A format's verdict on the bytes from a candidate start: where the frame ends, or why it does not. */
record Cut(Kind kind, int length) {

    enum Kind {
        /** The frame may still be complete once more bytes arrive. */
        NEED_MORE,
        /** A complete frame of {@code length} bytes, ready to decode. */
        FRAME,
        /** A frame started but broke off after {@code length} bytes, usually because a new frame began. */
        BROKEN,
        /** The first {@code length} bytes only looked like a start: they are noise. */
        NOT_A_START
    }

    private static final Cut NEED_MORE = new Cut(Kind.NEED_MORE, 0);

    static Cut needMore() {
        return NEED_MORE;
    }

    static Cut frame(int length) {
        return new Cut(Kind.FRAME, length);
    }

    static Cut broken(int length) {
        return new Cut(Kind.BROKEN, length);
    }

    static Cut notAStart(int length) {
        return new Cut(Kind.NOT_A_START, length);
    }
}
