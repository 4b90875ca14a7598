package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.overloadcontrol.common.files.ContentAddressedFiles;

/**
 * The sampling method {@value #METHOD}: within each stratum, every unit gets the key
 * SHA-256("seed:unitId"), and the units with the lowest keys are drawn. A stratum of n units
 * gives ceil(n × rate / 100) of them. The result depends only on the seed, the unit ids and their
 * strata, never on the order of the input, so anyone with the recorded seed and list can check it.
 */
public final class SampleDraw {

    public static final String METHOD = "sha256-rank-v1";

    /** A unit offered to the draw, with the stratum it belongs to; one stratum for an unstratified draw. */
    public record Candidate(long unitId, String stratum) {
    }

    /** A drawn unit with its rank key. */
    public record Drawn(long unitId, String stratum, String rankKey) {
    }

    private SampleDraw() {
    }

    /** Returns the sample size of a stratum of {@code units} at {@code ratePercent}, rounded up. */
    public static int sampleSize(int units, BigDecimal ratePercent) {
        return BigDecimal.valueOf(units).multiply(ratePercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
    }

    /** Draws the sample, ordered by stratum and then by rank key. */
    public static List<Drawn> draw(List<Candidate> candidates, BigDecimal ratePercent, String seed) {
        Map<String, List<Candidate>> strata = new TreeMap<>();
        candidates.forEach(candidate -> strata.computeIfAbsent(candidate.stratum(), key -> new ArrayList<>())
                .add(candidate));
        List<Drawn> drawn = new ArrayList<>();
        strata.forEach((stratum, members) -> members.stream()
                .map(member -> new Drawn(member.unitId(), stratum, rankKey(seed, member.unitId())))
                .sorted(Comparator.comparing(Drawn::rankKey).thenComparing(Drawn::unitId))
                .limit(sampleSize(members.size(), ratePercent))
                .forEach(drawn::add));
        return drawn;
    }

    static String rankKey(String seed, long unitId) {
        return ContentAddressedFiles.sha256((seed + ":" + unitId).getBytes(StandardCharsets.UTF_8));
    }
}
