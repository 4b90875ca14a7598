package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.overloadcontrol.common.api.RequestSigner;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the platform's command queue and heartbeat endpoints on a loopback port. It hands
 * out the queued commands on the next poll, stores each result by command id and each heartbeat.
 */
final class CommandStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private volatile String queued = "{\"commands\": []}";
    private volatile int pollStatus = 200;
    private volatile int resultStatus = 200;
    private volatile int resultFailures;
    private final List<Long> resultPosts = new CopyOnWriteArrayList<>();
    private final List<String> signedPaths = new CopyOnWriteArrayList<>();
    private final Map<Long, JsonNode> results = new ConcurrentHashMap<>();
    private final List<JsonNode> heartbeats = new CopyOnWriteArrayList<>();

    private CommandStandIn(HttpServer server) {
        this.server = server;
    }

    static CommandStandIn start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        CommandStandIn standIn = new CommandStandIn(server);
        server.createContext("/api/v1/station-commands/", standIn::commands);
        server.createContext(HeartbeatSender.HEARTBEAT_PATH, standIn::heartbeat);
        server.start();
        return standIn;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues the JSON response of the next poll; later polls return no commands. */
    void queue(String commandsJson) {
        queued = commandsJson;
    }

    void failPolls(int status) {
        pollStatus = status;
    }

    /** Responds to the next {@code times} result posts with {@code status} and stores none of them. */
    void failResults(int status, int times) {
        resultStatus = status;
        resultFailures = times;
    }

    /** Returns the command ids of every result post, failed ones included, in arrival order. */
    List<Long> resultPosts() {
        return List.copyOf(resultPosts);
    }

    Map<Long, JsonNode> results() {
        return Map.copyOf(results);
    }

    List<JsonNode> heartbeats() {
        return List.copyOf(heartbeats);
    }

    /** Returns the paths of the requests that carried a signature, in arrival order. */
    List<String> signedPaths() {
        return List.copyOf(signedPaths);
    }

    private void commands(HttpExchange exchange) throws IOException {
        noteSignature(exchange);
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.equals(CommandPoller.POLL_PATH)) {
            if (pollStatus != 200) {
                FakePlatform.respond(exchange, pollStatus, "{\"code\":\"test_failure\"}");
                return;
            }
            String answer = queued;
            queued = "{\"commands\": []}";
            FakePlatform.respond(exchange, 200, answer);
            return;
        }
        long id = Long.parseLong(path.replaceAll("^/api/v1/station-commands/(\\d+)/result$", "$1"));
        resultPosts.add(id);
        if (resultFailures > 0) {
            resultFailures--;
            FakePlatform.respond(exchange, resultStatus, "{\"code\":\"test_failure\"}");
            return;
        }
        results.put(id, JSON.readTree(body));
        FakePlatform.respond(exchange, 200, "{}");
    }

    private void heartbeat(HttpExchange exchange) throws IOException {
        noteSignature(exchange);
        heartbeats.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
        FakePlatform.respond(exchange, 200, "{}");
    }

    private void noteSignature(HttpExchange exchange) {
        if (exchange.getRequestHeaders().getFirst(RequestSigner.SIGNATURE_HEADER) != null) {
            signedPaths.add(exchange.getRequestURI().getPath());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
