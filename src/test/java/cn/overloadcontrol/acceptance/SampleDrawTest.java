package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sampling method: sizes rounded up per stratum, and the same seed and input give the same sample. */
class SampleDrawTest {

    private static final BigDecimal PROVINCE = new BigDecimal("5");
    private static final BigDecimal CITY = new BigDecimal("30");

    @ParameterizedTest
    @CsvSource({
            "1, 5, 1",
            "19, 5, 1",
            "20, 5, 1",
            "21, 5, 2",
            "40, 5, 2",
            "41, 5, 3",
            "120, 5, 6",
            "1, 30, 1",
            "3, 30, 1",
            "4, 30, 2",
            "10, 30, 3",
            "11, 30, 4",
            "120, 30, 36",
            "0, 30, 0"})
    void sizeIsRoundedUp(int units, BigDecimal rate, int expected) {
        assertThat(SampleDraw.sampleSize(units, rate)).isEqualTo(expected);
    }

    @Test
    void sameSeedSameSampleWhateverTheOrder() {
        List<SampleDraw.Candidate> candidates = candidates(50, "全部");
        List<SampleDraw.Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(7));

        List<SampleDraw.Drawn> first = SampleDraw.draw(candidates, CITY, "seed-2026-12-05");
        List<SampleDraw.Drawn> again = SampleDraw.draw(shuffled, CITY, "seed-2026-12-05");

        assertThat(first).hasSize(15);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void otherSeedOtherSample() {
        List<SampleDraw.Candidate> candidates = candidates(50, "全部");
        assertThat(SampleDraw.draw(candidates, CITY, "seed-one-aaaa"))
                .isNotEqualTo(SampleDraw.draw(candidates, CITY, "seed-two-bbbb"));
    }

    @Test
    void eachStratumIsRoundedUpSeparately() {
        List<SampleDraw.Candidate> candidates = new ArrayList<>();
        candidates.addAll(candidates(25, "米山镇"));
        LongStream.rangeClosed(101, 103).forEach(id -> candidates.add(new SampleDraw.Candidate(id, code(id), "三甲镇")));
        LongStream.rangeClosed(201, 212).forEach(id -> candidates.add(new SampleDraw.Candidate(id, code(id), "北城街道")));

        List<SampleDraw.Drawn> drawn = SampleDraw.draw(candidates, PROVINCE, "strata-seed");

        assertThat(drawn.stream().filter(d -> d.stratum().equals("米山镇")).count()).isEqualTo(2);
        assertThat(drawn.stream().filter(d -> d.stratum().equals("三甲镇")).count()).isEqualTo(1);
        assertThat(drawn.stream().filter(d -> d.stratum().equals("北城街道")).count()).isEqualTo(1);
        assertThat(drawn).extracting(SampleDraw.Drawn::stratum).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void drawnUnitsHaveTheLowestRankKeys() {
        List<SampleDraw.Candidate> candidates = candidates(20, "全部");
        List<SampleDraw.Drawn> drawn = SampleDraw.draw(candidates, CITY, "rank-seed");
        String highestDrawn = drawn.get(drawn.size() - 1).rankKey();
        long lower = candidates.stream().filter(c -> SampleDraw.rankKey(SampleDraw.METHOD, "rank-seed", c)
                .compareTo(highestDrawn) <= 0).count();
        assertThat(lower).isEqualTo(drawn.size());
    }

    @Test
    void rankKeyHashesSeedAndCreditCode() throws Exception {
        SampleDraw.Candidate unit = new SampleDraw.Candidate(7, "91140581MA0GRW1234", "全部");

        assertThat(SampleDraw.rankKey(SampleDraw.METHOD, "高平2026", unit))
                .isEqualTo(sha256("高平2026:91140581MA0GRW1234"));
        assertThat(SampleDraw.rankKey(SampleDraw.LEGACY_METHOD, "高平2026", unit)).isEqualTo(sha256("高平2026:7"));
    }

    @Test
    void sampleIgnoresDatabaseIds() {
        List<SampleDraw.Candidate> original = candidates(30, "全部");
        List<SampleDraw.Candidate> renumbered = original.stream()
                .map(c -> new SampleDraw.Candidate(c.unitId() + 1000, c.creditCode(), c.stratum())).toList();

        List<Long> first = SampleDraw.draw(original, CITY, "省级抽检二〇二六").stream()
                .map(SampleDraw.Drawn::unitId).toList();
        List<Long> again = SampleDraw.draw(renumbered, CITY, "省级抽检二〇二六").stream()
                .map(d -> d.unitId() - 1000).toList();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void inputListSortsByCreditCode() throws Exception {
        List<SampleDraw.Candidate> candidates = List.of(
                new SampleDraw.Candidate(1, "92140581MA0B", "米山镇"),
                new SampleDraw.Candidate(2, "91140581MA0A", "三甲镇"));

        String list = SampleDraw.inputList(candidates);

        assertThat(list).isEqualTo("91140581MA0A\t三甲镇\n92140581MA0B\t米山镇\n");
        assertThat(SampleDraw.inputDigest(candidates)).isEqualTo(sha256(list));
    }

    @Test
    void unknownMethodIsRejected() {
        assertThatThrownBy(() -> SampleDraw.draw("coin-flip", candidates(3, "全部"), CITY, "seed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coin-flip");
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String code(long id) {
        return "91140581MA%08d".formatted(id);
    }

    private static List<SampleDraw.Candidate> candidates(int count, String stratum) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> new SampleDraw.Candidate(id, code(id), stratum))
                .toList();
    }
}
