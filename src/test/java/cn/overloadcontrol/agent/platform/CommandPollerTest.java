package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.overloadcontrol.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The station command poller against a loopback stand-in of the platform. */
class CommandPollerTest {

    private static final String LED_COMMAND = "{\"commands\": [{\"id\": 13, \"kind\": \"LED_TEST\","
            + " \"boardId\": \"exit\", \"text\": \"测试\"}]}";

    @TempDir
    Path folder;

    CommandStandIn platform;
    CredentialStore credentials;
    final List<JsonNode> handled = new CopyOnWriteArrayList<>();
    CommandPoller poller;

    @BeforeEach
    void start() throws IOException {
        platform = CommandStandIn.start();
        credentials = new CredentialStore(folder);
        poller = new CommandPoller(new PlatformClient(Clock.systemUTC()), credentials, List.of(ledTest()));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void commandHandedToHandlerAndResultPosted() throws InterruptedException {
        pair();
        platform.queue("{\"commands\": [{\"id\": 13, \"kind\": \"LED_TEST\", \"boardId\": \"exit\","
                + " \"text\": \"测试 晋E12345 31.20吨\"}]}");

        int count = poller.poll();

        assertThat(count).isEqualTo(1);
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0).path("text").asString()).isEqualTo("测试 晋E12345 31.20吨");
        JsonNode result = platform.results().get(13L);
        assertThat(result.path("done").asBoolean()).isTrue();
        assertThat(result.path("message").asString()).isEqualTo("已显示");
        assertThat(result.has("image")).isFalse();
        assertThat(platform.signedPaths()).containsExactly(CommandPoller.POLL_PATH,
                "/api/v1/station-commands/13/result");
    }

    @Test
    void unknownKindAnsweredUnsupported() throws InterruptedException {
        pair();
        platform.queue("{\"commands\": [{\"id\": 14, \"kind\": \"REBOOT\"}, {\"id\": 15, \"kind\": \"LED_TEST\","
                + " \"boardId\": \"exit\", \"text\": \"测试\"}]}");

        poller.poll();

        assertThat(platform.results().get(14L).path("done").asBoolean()).isFalse();
        assertThat(platform.results().get(14L).path("message").asString()).isEqualTo("本磅房不支持该命令");
        assertThat(platform.results().get(15L).path("done").asBoolean()).isTrue();
        assertThat(handled).hasSize(1);
    }

    @Test
    void handlerImageSentAsBase64() throws InterruptedException {
        poller = new CommandPoller(new PlatformClient(Clock.systemUTC()), credentials, List.of(snapshot()));
        pair();
        platform.queue("{\"commands\": [{\"id\": 12, \"kind\": \"CAMERA_SNAPSHOT\", \"cameraId\": \"front\"}]}");

        poller.poll();

        assertThat(platform.results().get(12L).path("image").asString()).isEqualTo("/9j/2Q==");
    }

    @Test
    void handlerExceptionAnsweredAsFailure() throws InterruptedException {
        StationCommandHandler broken = new StationCommandHandler() {
            @Override
            public String kind() {
                return "LED_TEST";
            }

            @Override
            public CommandOutcome handle(JsonNode command) {
                throw new IllegalStateException("driver bug");
            }
        };
        poller = new CommandPoller(new PlatformClient(Clock.systemUTC()), credentials, List.of(broken));
        pair();
        platform.queue("{\"commands\": [{\"id\": 16, \"kind\": \"LED_TEST\"}]}");

        poller.poll();

        assertThat(platform.results().get(16L).path("done").asBoolean()).isFalse();
        assertThat(platform.results().get(16L).path("message").asString()).isEqualTo("磅房执行命令时出错");
    }

    @Test
    void undeliveredResultSentWithNextPoll() throws InterruptedException {
        pair();
        platform.failResults(503, 1);
        platform.queue(LED_COMMAND);

        assertThat(poller.poll()).isEqualTo(1);
        assertThat(platform.results()).isEmpty();
        assertThat(poller.undeliveredResults()).isEqualTo(1);

        assertThat(poller.poll()).isZero();
        assertThat(platform.results().get(13L).path("message").asString()).isEqualTo("已显示");
        assertThat(platform.resultPosts()).containsExactly(13L, 13L);
        assertThat(poller.undeliveredResults()).isZero();
        assertThat(handled).hasSize(1);
    }

    @Test
    void rejectedResultNotSentAgain() throws InterruptedException {
        pair();
        platform.failResults(409, 1);
        platform.queue(LED_COMMAND);

        poller.poll();
        poller.poll();

        assertThat(platform.resultPosts()).containsExactly(13L);
        assertThat(poller.undeliveredResults()).isZero();
    }

    @Test
    void resultGivenUpAfterRetryWindow() throws InterruptedException {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-05T04:00:00Z"));
        poller = new CommandPoller(new PlatformClient(Clock.systemUTC()), credentials, List.of(ledTest()), clock);
        pair();
        platform.failResults(503, 100);
        platform.queue(LED_COMMAND);

        poller.poll();
        clock.advance(UndeliveredResults.RETRY_FOR.minusSeconds(1));
        poller.poll();
        clock.advance(Duration.ofSeconds(2));
        poller.poll();

        assertThat(platform.resultPosts()).containsExactly(13L, 13L);
        assertThat(poller.undeliveredResults()).isZero();
    }

    @Test
    void unpairedStationDoesNotPoll() throws InterruptedException {
        assertThat(poller.poll()).isZero();
        assertThat(platform.signedPaths()).isEmpty();
    }

    @Test
    void failedPollHandlesNothing() throws InterruptedException {
        pair();
        platform.failPolls(503);

        assertThat(poller.poll()).isZero();
        assertThat(poller.poll()).isZero();
        assertThat(platform.results()).isEmpty();
    }

    @Test
    void unreachablePlatformHandlesNothing() throws InterruptedException {
        credentials.save(new PlatformCredential("http://127.0.0.1:1", "ak-test", "secret", "S-TEST", Instant.now()));

        assertThat(poller.poll()).isZero();
    }

    @Test
    void twoHandlersForOneKindRejected() {
        assertThatThrownBy(() -> new CommandPoller(new PlatformClient(Clock.systemUTC()), credentials,
                List.of(ledTest(), ledTest())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LED_TEST");
    }

    private void pair() {
        credentials.save(new PlatformCredential(platform.url(), "ak-test", "secret", "S-TEST", Instant.now()));
    }

    private StationCommandHandler ledTest() {
        return new StationCommandHandler() {
            @Override
            public String kind() {
                return "LED_TEST";
            }

            @Override
            public CommandOutcome handle(JsonNode command) {
                handled.add(command);
                return CommandOutcome.done("已显示");
            }
        };
    }

    private static StationCommandHandler snapshot() {
        return new StationCommandHandler() {
            @Override
            public String kind() {
                return "CAMERA_SNAPSHOT";
            }

            @Override
            public CommandOutcome handle(JsonNode command) {
                return new CommandOutcome(true, "已抓拍", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                        (byte) 0xD9});
            }
        };
    }
}
