package cn.overloadcontrol.device;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weight decoded from a frame whose checksum, status and digits were all valid.
 *
 * @param weight   the weight with sign and decimal places applied, never in exponent notation
 * @param unit     the unit from the frame, or the configured unit when the frame has none
 * @param stable   the indicator's stability flag, or {@code null} when the protocol has none
 * @param kind     gross, net or tare where the frame says it, otherwise {@code null}
 * @param tare     the tare weight when the frame carries one (Toledo), otherwise {@code null}
 * @param division the display step (分度值) when the frame carries it (Toledo), otherwise {@code null}
 * @param checksum whether a checksum was present and matched
 * @param raw      the frame bytes
 */
public record IndicatorReading(BigDecimal weight, WeightUnit unit, Boolean stable, WeightKind kind,
                               BigDecimal tare, BigDecimal division, ChecksumStatus checksum, byte[] raw)
        implements IndicatorResult {

    public IndicatorReading {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(checksum, "checksum");
        raw = raw.clone();
    }

    /** Readings for frames without tare or division. */
    public IndicatorReading(BigDecimal weight, WeightUnit unit, Boolean stable, WeightKind kind,
                            ChecksumStatus checksum, byte[] raw) {
        this(weight, unit, stable, kind, null, null, checksum, raw);
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** Always false: an overload or out-of-range frame becomes an {@link IndicatorRejection}. */
    public boolean overload() {
        return false;
    }
}
