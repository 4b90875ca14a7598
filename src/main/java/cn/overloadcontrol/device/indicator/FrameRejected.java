package cn.overloadcontrol.device.indicator;

import cn.overloadcontrol.device.RejectionReason;

/** Thrown by a decoder when a complete frame is not a weight. Carries no stack trace: it is an outcome. */
final class FrameRejected extends Exception {

    private final transient RejectionReason reason;

    FrameRejected(RejectionReason reason) {
        super(reason.code(), null, false, false);
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }
}
