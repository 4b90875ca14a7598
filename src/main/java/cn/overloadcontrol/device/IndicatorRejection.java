package cn.overloadcontrol.device;

import java.util.Objects;

/** Bytes that did not become a weight, with the reason. */
public record IndicatorRejection(RejectionReason reason, byte[] raw) implements IndicatorResult {

    public IndicatorRejection {
        Objects.requireNonNull(reason, "reason");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }
}
