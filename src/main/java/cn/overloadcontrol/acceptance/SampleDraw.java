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
 * The sampling method {@value #METHOD}: within each stratum, every unit gets the rank key
 * SHA-256(UTF-8 of "seed:creditCode") in lowercase hex, and the units with the lowest keys are
 * drawn. A stratum of n units gives ceil(n × rate / 100) of them. The result depends only on the
 * seed, the credit codes and their strata, never on the order of the input or on database ids,
 * so an auditor with the exported input list can check it outside the platform. Draws made before
 * it used {@value #LEGACY_METHOD}, which keyed on the database id instead of the credit code.
 */
public final class SampleDraw {

    public static final String METHOD = "sha256-rank-v2";
    public static final String LEGACY_METHOD = "sha256-rank-v1";

    /**
     * A unit offered to the draw, with the stratum it belongs to; one stratum for an unstratified
     * draw. The credit code is {@code null} in inputs stored by {@value #LEGACY_METHOD}.
     */
    public record Candidate(long unitId, String creditCode, String stratum) {
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

    /** Draws the sample with {@value #METHOD}, ordered by stratum and then by rank key. */
    public static List<Drawn> draw(List<Candidate> candidates, BigDecimal ratePercent, String seed) {
        return draw(METHOD, candidates, ratePercent, seed);
    }

    /**
     * Draws the sample with the given method, for checking a stored draw again.
     *
     * @throws IllegalArgumentException when the method is unknown
     */
    public static List<Drawn> draw(String method, List<Candidate> candidates, BigDecimal ratePercent, String seed) {
        if (!METHOD.equals(method) && !LEGACY_METHOD.equals(method)) {
            throw new IllegalArgumentException("Unknown sampling method " + method);
        }
        Map<String, List<Candidate>> strata = new TreeMap<>();
        candidates.forEach(candidate -> strata.computeIfAbsent(candidate.stratum(), key -> new ArrayList<>())
                .add(candidate));
        List<Drawn> drawn = new ArrayList<>();
        strata.forEach((stratum, members) -> members.stream()
                .map(member -> new Drawn(member.unitId(), stratum, rankKey(method, seed, member)))
                .sorted(Comparator.comparing(Drawn::rankKey).thenComparing(Drawn::unitId))
                .limit(sampleSize(members.size(), ratePercent))
                .forEach(drawn::add));
        return drawn;
    }

    /**
     * Returns the input list as the text the digest covers: one line per unit, in ascending
     * credit code order, "creditCode TAB stratum", each line ending in a line feed.
     */
    public static String inputList(List<Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        candidates.stream()
                .sorted(Comparator.comparing(Candidate::creditCode))
                .forEach(candidate -> text.append(candidate.creditCode()).append('\t').append(candidate.stratum())
                        .append('\n'));
        return text.toString();
    }

    /** Returns the SHA-256 of the UTF-8 input list, in lowercase hex. */
    public static String inputDigest(List<Candidate> candidates) {
        return ContentAddressedFiles.sha256(inputList(candidates).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the unit's rank key: SHA-256 of "seed:creditCode" ("seed:unitId" for the legacy method). */
    public static String rankKey(String method, String seed, Candidate candidate) {
        String key = LEGACY_METHOD.equals(method) ? Long.toString(candidate.unitId()) : candidate.creditCode();
        return ContentAddressedFiles.sha256((seed + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
