package cn.overloadcontrol.upstream.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The date and target rules of a backfill, checked before anything is queued. */
class RecordBackfillCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void monthUpToTodayPasses() {
        assertThat(RecordBackfill.check(target(true), TODAY.minusDays(30), TODAY, TODAY)).isEmpty();
    }

    @Test
    void missingDatesRequired() {
        assertThat(codes(RecordBackfill.check(target(true), null, null, TODAY)))
                .containsExactly("backfillFrom required", "backfillTo required");
    }

    @Test
    void futureEndRejected() {
        assertThat(codes(RecordBackfill.check(target(true), TODAY, TODAY.plusDays(1), TODAY)))
                .containsExactly("backfillTo upstream.backfill_future");
    }

    @Test
    void futureStartRejected() {
        assertThat(codes(RecordBackfill.check(target(true), TODAY.plusDays(1), TODAY.plusDays(1), TODAY)))
                .containsExactly("backfillFrom upstream.backfill_future", "backfillTo upstream.backfill_future");
    }

    @Test
    void reversedRangeRejected() {
        assertThat(codes(RecordBackfill.check(target(true), TODAY, TODAY.minusDays(1), TODAY)))
                .containsExactly("backfillTo date.range_reversed");
    }

    @Test
    void thirtyTwoDaysRejected() {
        assertThat(codes(RecordBackfill.check(target(true), TODAY.minusDays(31), TODAY, TODAY)))
                .containsExactly("backfillTo upstream.backfill_too_long");
    }

    @Test
    void implausibleStartRejected() {
        assertThat(codes(RecordBackfill.check(target(true), LocalDate.of(1999, 12, 31), TODAY, TODAY)))
                .contains("backfillFrom date.out_of_range");
    }

    @Test
    void disabledTargetRejected() {
        assertThat(codes(RecordBackfill.check(target(false), TODAY, TODAY, TODAY)))
                .containsExactly("backfillTarget upstream.backfill_disabled");
    }

    private static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(problem -> problem.field() + " " + problem.code()).toList();
    }

    private static UploadTarget target(boolean enabled) {
        return new UploadTarget(1, "PROVINCE", "省平台", "generic-json", enabled, false, "http://127.0.0.1:9",
                "/records", "/media", "/units", "/stations", MediaMode.SEPARATE, 50, Duration.ofSeconds(1),
                Duration.ofSeconds(3), 5, false, null, AuthKind.NONE, null, null, null, null, null,
                Duration.ofHours(1), "code", Set.of("0"), Set.of(), 10, Duration.ofMinutes(1),
                Duration.ofMinutes(10), 0);
    }
}
