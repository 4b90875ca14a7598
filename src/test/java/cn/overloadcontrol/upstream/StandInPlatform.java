package cn.overloadcontrol.upstream;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in of an upper platform on 127.0.0.1: it stores every record item it receives
 * by the item's idempotency key, as a platform that deduplicates would, and answers
 * {@code {"code":"0"}}. Tests script misbehaviour for the next requests: error statuses, 429,
 * slow answers, dropped connections, malformed bodies.
 */
public final class StandInPlatform implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockWebServer server = new MockWebServer();
    private final ConcurrentLinkedQueue<Function<RecordedRequest, MockResponse>> script =
            new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    /** How many times each item key was stored; a count above one is a double count upstream. */
    private final Map<String, AtomicInteger> stored = new ConcurrentHashMap<>();
    private final List<JsonNode> storedItems = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public StandInPlatform() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                if (down) {
                    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                            .build();
                }
                Function<RecordedRequest, MockResponse> next = script.poll();
                return next != null ? next.apply(request) : storeAndAccept(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Stores the items of the request (deduplicated by key) and responds with success. */
    public MockResponse storeAndAccept(RecordedRequest request) {
        store(request);
        return ok("{\"code\":\"0\",\"message\":\"ok\"}");
    }

    /** Makes the next request get this response. */
    public void thenAnswer(Function<RecordedRequest, MockResponse> answer) {
        script.add(answer);
    }

    public void thenStatus(int status, String body) {
        thenAnswer(request -> new MockResponse.Builder().code(status).body(body).build());
    }

    /** Stores the next request, then closes the connection before any response is written. */
    public void thenStoreAndDropAnswer() {
        thenAnswer(request -> {
            store(request);
            return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        });
    }

    /** Reads the next request, then resets the connection without storing anything. */
    public void thenResetConnection() {
        thenAnswer(request -> new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    }

    /** Responds to the next request with success only after {@code millis}. */
    public void thenSlowAnswer(long millis) {
        thenAnswer(request -> {
            store(request);
            return new MockResponse.Builder().code(200).body("{\"code\":\"0\"}")
                    .headersDelay(millis, TimeUnit.MILLISECONDS).build();
        });
    }

    /** Resets every connection without storing anything until {@code down} is false again, as a stopped platform would. */
    public void setDown(boolean down) {
        this.down = down;
    }

    public static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    public List<RecordedRequest> requests() {
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    public List<RecordedRequest> requestsTo(String path) {
        return requests().stream().filter(request -> path.equals(request.getUrl().encodedPath())).toList();
    }

    /** Returns how many times the item with this idempotency key was stored. */
    public int storedCount(String key) {
        AtomicInteger count = stored.get(key);
        return count == null ? 0 : count.get();
    }

    public List<JsonNode> storedItems() {
        return List.copyOf(storedItems);
    }

    public static JsonNode json(RecordedRequest request) {
        return JSON.readTree(request.getBody() == null ? "null" : request.getBody().utf8());
    }

    /**
     * Stores each item once per key: the items of a {@code records} array, or the body itself
     * for a media or list push. A second copy under a known key is counted, not stored again.
     */
    private void store(RecordedRequest request) {
        JsonNode body = json(request);
        List<JsonNode> items = new ArrayList<>();
        if (body.has("records")) {
            body.get("records").forEach(items::add);
        } else if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        for (JsonNode item : items) {
            String key = item.has("idempotencyKey") ? item.get("idempotencyKey").asString() : null;
            if (key == null) {
                storedItems.add(item);
                continue;
            }
            int count = stored.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (count == 1) {
                storedItems.add(item);
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
