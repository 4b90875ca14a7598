package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sampling draw with its recorded method, seed and input, and the drawn units.
 *
 * @param inputSize   how many units the draw chose from
 * @param inputSha256    SHA-256 of the input unit ids in ascending order, joined by commas
 * @param supersededById the redraw that replaced this draw, or {@code null} while none did
 */
public record SamplingDrawView(long id, SamplingLevel level, BigDecimal ratePercent, Stratification stratifyBy,
        String method, String seed, int inputSize, String inputSha256, int sampleSize, String status,
        Long supersedesId, Long supersededById, String redrawReason, String drawnBy, OffsetDateTime drawnAt, List<SampledUnit> units) {

    public SamplingDrawView {
        units = List.copyOf(units);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
