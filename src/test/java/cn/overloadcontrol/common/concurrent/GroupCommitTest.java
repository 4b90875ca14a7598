package cn.overloadcontrol.common.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.support.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private final List<List<String>> groups = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private GroupCommit<String, String> commit;

    @AfterEach
    void close() {
        release.countDown();
        if (commit != null) {
            commit.close();
        }
    }

    @Test
    void itemsWaitingDuringGroupShareNextGroup() throws Exception {
        commit = new GroupCommit<>("test-groups", 10, this::upperCaseAfterFirstRelease);
        CompletableFuture<String> first = submitAsync("a");
        Waits.until(() -> groups.size() == 1, Duration.ofSeconds(5));
        List<CompletableFuture<String>> later = List.of(submitAsync("b"), submitAsync("c"), submitAsync("d"));
        Waits.until(() -> commit.waiting() == 3, Duration.ofSeconds(5));

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        for (CompletableFuture<String> result : later) {
            assertThat(result.get(5, TimeUnit.SECONDS)).isIn("B", "C", "D");
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c", "d");
    }

    @Test
    void groupsTakeAtMostMaxGroupSize() throws Exception {
        commit = new GroupCommit<>("test-groups", 2, this::upperCaseAfterFirstRelease);
        CompletableFuture<String> first = submitAsync("a");
        Waits.until(() -> groups.size() == 1, Duration.ofSeconds(5));
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (String item : List.of("b", "c", "d", "e", "f")) {
            later.add(submitAsync(item));
        }
        Waits.until(() -> commit.waiting() == 5, Duration.ofSeconds(5));

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (CompletableFuture<String> result : later) {
            result.get(5, TimeUnit.SECONDS);
        }

        assertThat(groups).extracting(List::size).containsExactly(1, 2, 2, 1);
    }

    @Test
    void actionFailureFailsEveryItem() {
        commit = new GroupCommit<>("test-groups", 10, group -> {
            throw new IllegalArgumentException("store failed");
        });

        assertThatThrownBy(() -> commit.submit("a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("store failed");
    }

    @Test
    void itemLeftIncompleteFails() {
        commit = new GroupCommit<>("test-groups", 10, group -> { });

        assertThatThrownBy(() -> commit.submit("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a result");
    }

    @Test
    void itemCompletedWithExceptionThrowsIt() {
        commit = new GroupCommit<>("test-groups", 10,
                group -> group.forEach(pending -> pending.fail(new IllegalStateException("bad " + pending.item()))));

        assertThatThrownBy(() -> commit.submit("x")).hasMessage("bad x");
    }

    @Test
    void closedCommitRejectsItems() {
        commit = new GroupCommit<>("test-groups", 10, this::upperCaseAfterFirstRelease);
        release.countDown();
        assertThat(commit.submit("a")).isEqualTo("A");

        commit.close();

        assertThatThrownBy(() -> commit.submit("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("test-groups is closed");
    }

    @Test
    void closeRunsItemsAlreadySubmitted() throws Exception {
        commit = new GroupCommit<>("test-groups", 10, this::upperCaseAfterFirstRelease);
        CompletableFuture<String> first = submitAsync("a");
        Waits.until(() -> groups.size() == 1, Duration.ofSeconds(5));
        CompletableFuture<String> second = submitAsync("b");
        Waits.until(() -> commit.waiting() == 1, Duration.ofSeconds(5));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(commit::close);
        release.countDown();
        closing.get(5, TimeUnit.SECONDS);

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("B");
    }

    @Test
    void closeGivesUpOnStuckGroup() throws Exception {
        commit = new GroupCommit<>("test-groups", 1, Duration.ofMillis(200), this::upperCaseAfterFirstRelease);
        CompletableFuture<String> stuck = submitAsync("a");
        Waits.until(() -> groups.size() == 1, Duration.ofSeconds(5));
        CompletableFuture<String> waiting = submitAsync("b");
        Waits.until(() -> commit.waiting() == 1, Duration.ofSeconds(5));

        long start = System.nanoTime();
        commit.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(waiting).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("closed before the item ran");
        assertThat(stuck).isNotDone();
        release.countDown();
        assertThat(stuck.get(5, TimeUnit.SECONDS)).isEqualTo("A");
    }

    @Test
    void failWaitingFailsQueuedItems() throws Exception {
        commit = new GroupCommit<>("test-groups", 10, this::upperCaseAfterFirstRelease);
        CompletableFuture<String> first = submitAsync("a");
        Waits.until(() -> groups.size() == 1, Duration.ofSeconds(5));
        CompletableFuture<String> second = submitAsync("b");
        CompletableFuture<String> third = submitAsync("c");
        Waits.until(() -> commit.waiting() == 2, Duration.ofSeconds(5));

        int failed = commit.failWaiting(new IllegalStateException("database unavailable"));
        release.countDown();

        assertThat(failed).isEqualTo(2);
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(second).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("database unavailable");
        assertThat(third).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("database unavailable");
    }

    /** Records the group, waits for the test's release, then completes each item upper-cased. */
    private void upperCaseAfterFirstRelease(List<GroupCommit.Pending<String, String>> group) {
        groups.add(group.stream().map(GroupCommit.Pending::item).toList());
        Waits.released(release, Duration.ofSeconds(10));
        group.forEach(pending -> pending.complete(pending.item().toUpperCase()));
    }

    private CompletableFuture<String> submitAsync(String item) {
        CompletableFuture<String> result = new CompletableFuture<>();
        new Thread(() -> {
            try {
                result.complete(commit.submit(item));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "submit-" + item).start();
        return result;
    }
}
