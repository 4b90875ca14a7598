package cn.overloadcontrol.weighing.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import cn.overloadcontrol.support.ApiSigner;

/**
 * Sends prepared bodies to the signed API over real HTTP, one client thread per sender, each
 * with its own keep-alive HTTP/1.1 connection ({@link KeepAliveConnection}). Bodies are
 * serialized before the clock starts.
 * Each request is signed with a fresh nonce and timestamp just before it is sent, as a station
 * does, so signing is part of the measured time.
 */
final class SignedApiLoad {

    /** One client thread: a station's credential and the bodies it sends in order. */
    record Sender(String keyId, String secret, List<byte[]> bodies) {
    }

    /**
     * What a phase measured.
     *
     * @param elapsedNanos wall time from the first request to the last response
     * @param latencies the duration of each request
     * @param stored records the responses reported as stored
     * @param statusCounts responses by HTTP status
     */
    record Outcome(long elapsedNanos, Latencies latencies, long stored, Map<Integer, Long> statusCounts) {

        double recordsPerSecond() {
            return stored / (elapsedNanos / 1e9);
        }
    }

    private final URI baseUrl;

    SignedApiLoad(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    /**
     * Sends every sender's bodies to {@code path} and counts the records stored, which
     * {@code storedPerResponse} reads from a response with status 2xx.
     */
    Outcome run(String path, List<Sender> senders, ToLongFunction<KeepAliveConnection.Response> storedPerResponse)
            throws Exception {
        int requests = senders.stream().mapToInt(sender -> sender.bodies().size()).sum();
        Latencies latencies = new Latencies(requests);
        AtomicLong stored = new AtomicLong();
        Map<Integer, Long> statusCounts = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        List<Future<?>> running = new ArrayList<>();
        for (Sender sender : senders) {
            running.add(threads.submit(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(baseUrl.getHost(),
                        baseUrl.getPort())) {
                    start.await();
                    for (byte[] body : sender.bodies()) {
                        long sent = System.nanoTime();
                        KeepAliveConnection.Response response = connection.post(path, signatureHeaders(path, sender,
                                body), body);
                        latencies.add(System.nanoTime() - sent);
                        statusCounts.merge(response.status(), 1L, Long::sum);
                        if (response.status() / 100 == 2) {
                            stored.addAndGet(storedPerResponse.applyAsLong(response));
                        }
                    }
                }
                return null;
            }));
        }

        long started = System.nanoTime();
        start.countDown();
        for (Future<?> thread : running) {
            thread.get();
        }
        long elapsed = System.nanoTime() - started;
        threads.shutdown();
        return new Outcome(elapsed, latencies, stored.get(), Map.copyOf(statusCounts));
    }

    private static Map<String, String> signatureHeaders(String path, Sender sender, byte[] body) {
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        return Map.of("X-Key-Id", sender.keyId(), "X-Timestamp", timestamp, "X-Nonce", nonce,
                "X-Signature", ApiSigner.signature(sender.secret(), "POST", path, timestamp, nonce, body));
    }
}
