package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One vehicle's stay on the scale, from the weight reaching the minimum weight until the deck is
 * empty again. Listeners receive snapshots: the one passed to {@code onLeft} has the full curve.
 *
 * @param id                 random id, the same in every snapshot of the passage
 * @param vehicleOnAt        when the weight first reached the minimum weight
 * @param stableAt           when the reading became stable, or {@code null} if it never did
 * @param leftAt             when the deck became empty, or {@code null} while the vehicle is on
 * @param weightKg           the recorded weight, for a cheating suspect the weight shown after the
 *                           step, or {@code null} when the reading never became stable
 * @param curve              the weight curve, a few seconds before the vehicle came on included;
 *                           thinned out evenly when a passage grows long
 * @param frames             raw frames; a long passage keeps its first and its latest frames
 * @param cheatingSuspected  whether a step change suspected of a remote-control device was seen
 */
public record Passage(UUID id, Instant vehicleOnAt, Instant stableAt, Instant leftAt, BigDecimal weightKg,
                      List<CurvePoint> curve, List<RawFrame> frames, boolean cheatingSuspected) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vehicleOnAt, "vehicleOnAt");
        curve = List.copyOf(curve);
        frames = List.copyOf(frames);
    }
}
