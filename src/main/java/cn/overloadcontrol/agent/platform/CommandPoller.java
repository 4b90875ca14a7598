package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fetches the commands the platform queued for this station and posts each one's outcome. The
 * platform cannot reach a station behind NAT, so the station polls: each poll returns the commands
 * not yet handed out, each exactly once. A kind without a handler gets the result "unsupported",
 * so the installer's page does not wait for it. A poll that fails is logged when the failure first
 * appears or changes, not on every poll. A result that does not reach the platform is sent again
 * before the next polls, for up to {@link UndeliveredResults#RETRY_FOR}.
 */
public class CommandPoller {

    static final String POLL_PATH = "/api/v1/station-commands/poll";
    static final String RESULT_PATH = "/api/v1/station-commands/%d/result";
    static final String UNSUPPORTED = "本磅房不支持该命令";
    static final String HANDLER_FAILED = "磅房执行命令时出错";
    private static final Logger log = LoggerFactory.getLogger(CommandPoller.class);
    private static final byte[] EMPTY_BODY = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformClient client;
    private final CredentialStore credentials;
    private final Map<String, StationCommandHandler> handlers = new HashMap<>();
    private final UndeliveredResults undelivered;
    private String lastProblem;

    /** @throws IllegalArgumentException when two handlers serve the same kind */
    public CommandPoller(PlatformClient client, CredentialStore credentials, List<StationCommandHandler> handlers) {
        this(client, credentials, handlers, Clock.systemUTC());
    }

    CommandPoller(PlatformClient client, CredentialStore credentials, List<StationCommandHandler> handlers,
            Clock clock) {
        this.client = client;
        this.credentials = credentials;
        this.undelivered = new UndeliveredResults(clock);
        for (StationCommandHandler handler : handlers) {
            StationCommandHandler before = this.handlers.putIfAbsent(handler.kind(), handler);
            if (before != null) {
                throw new IllegalArgumentException("Command kind " + handler.kind() + " has two handlers: "
                        + before.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    /**
     * Polls once when the station is paired, carries out every command received and posts its result.
     * Results that failed to arrive before are sent again first. Returns the number of commands handled.
     *
     * @throws InterruptedException when the station is stopping
     */
    public synchronized int poll() throws InterruptedException {
        Optional<PlatformCredential> credential = credentials.load();
        if (credential.isEmpty()) {
            return 0;
        }
        for (UndeliveredResults.Result result : undelivered.due()) {
            if (!send(credential.get(), result.commandId(), result.body())) {
                break;
            }
        }
        JsonNode commands = fetch(credential.get());
        if (commands == null) {
            return 0;
        }
        int handled = 0;
        for (JsonNode command : commands) {
            answer(credential.get(), command, handle(command));
            handled++;
        }
        return handled;
    }

    /** Returns the commands array, or {@code null} after a logged failure. */
    private JsonNode fetch(PlatformCredential credential) throws InterruptedException {
        try {
            PlatformResponse response = client.postSigned(credential, POLL_PATH, EMPTY_BODY);
            if (!response.isSuccess()) {
                problem("platform answered HTTP " + response.status() + ": " + response.bodyText());
                return null;
            }
            JsonNode commands = json.readTree(response.body()).path("commands");
            if (!commands.isArray()) {
                problem("platform answer has no commands array: " + response.bodyText());
                return null;
            }
            if (lastProblem != null) {
                log.info("Command polls reach the platform {} again", credential.platformUrl());
                lastProblem = null;
            }
            return commands;
        } catch (IOException e) {
            problem("platform " + credential.platformUrl() + " unreachable: " + e);
        } catch (JacksonException e) {
            problem("platform answer is not JSON: " + e.getOriginalMessage());
        }
        return null;
    }

    private CommandOutcome handle(JsonNode command) throws InterruptedException {
        String kind = command.path("kind").asString("");
        StationCommandHandler handler = handlers.get(kind);
        if (handler == null) {
            log.warn("Platform command {} has kind \"{}\", which this station does not support",
                    command.path("id").asLong(), kind);
            return CommandOutcome.failed(UNSUPPORTED);
        }
        try {
            CommandOutcome outcome = handler.handle(command);
            log.info("Platform command {} ({}) {}: {}", command.path("id").asLong(), kind,
                    outcome.done() ? "done" : "failed", outcome.message());
            return outcome;
        } catch (RuntimeException e) {
            log.warn("Platform command {} ({}) failed in its handler", command.path("id").asLong(), kind, e);
            return CommandOutcome.failed(HANDLER_FAILED);
        }
    }

    /** Posts the outcome, and keeps it to be sent again when it does not arrive. */
    private void answer(PlatformCredential credential, JsonNode command, CommandOutcome outcome)
            throws InterruptedException {
        long id = command.path("id").asLong();
        ObjectNode body = json.createObjectNode();
        body.put("done", outcome.done());
        body.put("message", outcome.message());
        if (outcome.image() != null) {
            body.put("image", Base64.getEncoder().encodeToString(outcome.image()));
        }
        byte[] bytes = json.writeValueAsBytes(body);
        if (!send(credential, id, bytes)) {
            undelivered.keep(id, bytes);
        }
    }

    /**
     * Posts a result. A result that the platform accepts or rejects with a 4xx status is done
     * with: a rejected one would be rejected again. A 5xx status or an unreachable platform keeps
     * it for the next poll.
     *
     * @return {@code false} when the result should be sent again
     */
    private boolean send(PlatformCredential credential, long id, byte[] body) throws InterruptedException {
        try {
            PlatformResponse response = client.postSigned(credential, RESULT_PATH.formatted(id), body);
            if (response.isSuccess() || response.status() / 100 == 4) {
                if (!response.isSuccess()) {
                    log.warn("Platform rejected the result of command {}: HTTP {}: {}", id, response.status(),
                            response.bodyText());
                }
                undelivered.forget(id);
                return true;
            }
            log.warn("Result of command {} not delivered, platform responded with HTTP {}; sending it again with"
                    + " the next poll", id, response.status());
        } catch (IOException e) {
            log.warn("Result of command {} not delivered, platform {} unreachable: {}; sending it again with the"
                    + " next poll", id, credential.platformUrl(), e.toString());
        }
        return false;
    }

    /** Returns the number of results waiting to be sent again. */
    int undeliveredResults() {
        return undelivered.size();
    }

    private void problem(String reason) {
        if (!reason.equals(lastProblem)) {
            log.warn("Command poll failed: {}", reason);
        }
        lastProblem = reason;
    }
}
