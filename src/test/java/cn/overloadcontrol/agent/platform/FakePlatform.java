package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the platform's batch and media endpoints on a loopback port: it stores record
 * numbers the way the platform does (CREATED once, DUPLICATE after), stores media files once per
 * record, kind and SHA-256 (201, then 200), and can be set to fail requests or drop the link.
 */
final class FakePlatform implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Set<String> stored = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> createdRecords = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Function<Integer, Integer> failure = request -> null;
    private volatile Set<String> rejected = Set.of();
    private final List<String> storedMedia = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger mediaRequests = new AtomicInteger();
    private volatile Function<Integer, Boolean> dropMedia = request -> false;

    private FakePlatform(HttpServer server) {
        this.server = server;
    }

    static FakePlatform start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        FakePlatform platform = new FakePlatform(server);
        server.createContext(Forwarder.BATCH_PATH, platform::handle);
        server.createContext("/api/v1/weighings/", platform::handleMedia);
        server.start();
        return platform;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes request number n (from 1) fail with the returned HTTP status, or normally for {@code null}. */
    void failWith(Function<Integer, Integer> statusByRequest) {
        this.failure = statusByRequest;
    }

    void reject(Set<String> recordNumbers) {
        this.rejected = Set.copyOf(recordNumbers);
    }

    List<String> created() {
        return List.copyOf(created);
    }

    /** Returns the bodies of the created records, in arrival order. */
    List<JsonNode> createdRecords() {
        return List.copyOf(createdRecords);
    }

    int requests() {
        return requests.get();
    }

    /** Makes media request number n (from 1) store the file and then drop the connection without a reply. */
    void dropMediaAfterStoring(Function<Integer, Boolean> dropByRequest) {
        this.dropMedia = dropByRequest;
    }

    /** Returns "recordNumber/kind/sha256" of each stored media file, once per file, in arrival order. */
    List<String> storedMedia() {
        return List.copyOf(storedMedia);
    }

    int mediaRequests() {
        return mediaRequests.get();
    }

    private void handleMedia(HttpExchange exchange) throws IOException {
        int number = mediaRequests.incrementAndGet();
        String[] path = exchange.getRequestURI().getPath().split("/");
        String recordNumber = path[4];
        String kind = exchange.getRequestURI().getQuery().replace("kind=", "");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (!stored.contains(recordNumber)) {
            respond(exchange, 404, "{\"code\":\"record_not_found\"}");
            return;
        }
        String key = recordNumber + "/" + kind + "/" + sha256(body);
        boolean created = false;
        synchronized (storedMedia) {
            if (!storedMedia.contains(key)) {
                storedMedia.add(key);
                created = true;
            }
        }
        if (dropMedia.apply(number)) {
            // The platform committed the file, but the reply is lost with the link.
            exchange.close();
            return;
        }
        respond(exchange, created ? 201 : 200, "{\"duplicate\":" + !created + "}");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = requests.incrementAndGet();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Integer failStatus = failure.apply(number);
        if (failStatus != null) {
            if (failStatus == 429) {
                exchange.getResponseHeaders().add("Retry-After", "0");
            }
            respond(exchange, failStatus, "{\"code\":\"test_failure\"}");
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (JsonNode record : body.path("records")) {
            String recordNumber = record.path("recordNumber").asString();
            ObjectNode result = results.addObject();
            result.put("recordNumber", recordNumber);
            if (rejected.contains(recordNumber)) {
                result.put("status", "REJECTED");
                result.put("code", "validation_failed");
            } else if (stored.add(recordNumber)) {
                created.add(recordNumber);
                createdRecords.add(record);
                result.put("status", "CREATED");
            } else {
                result.put("status", "DUPLICATE");
            }
        }
        respond(exchange, 200, JSON.writeValueAsString(answer));
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
