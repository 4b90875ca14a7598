package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the journal's records to the platform in journal order, in batches, and moves the
 * delivery cursor only after the platform returned a result for every record of the batch. A record is
 * delivered when the platform stored it now or had it already (a resend after a crash gets
 * {@code DUPLICATE}). The platform's unique (station, record number) key makes a resend store
 * nothing, so a record is stored once however often it is sent. A record the
 * platform rejects for good (validation failed, or its number is taken by other content) gets a
 * {@code REJECTED} journal entry with the platform's response before the cursor passes it: it is
 * shown on the local page and never lost, but not retried forever. Everything else (no network,
 * 5xx, 401, 429) is retried with exponential backoff and jitter.
 */
public class Forwarder implements AutoCloseable {

    static final String BATCH_PATH = "/api/v1/weighings/batch";
    private static final Logger log = LoggerFactory.getLogger(Forwarder.class);
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int TOO_MANY_REQUESTS = 429;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final DeliveryCursor cursor;
    private final CredentialStore credentials;
    private final PlatformClient client;
    private final ForwarderSettings settings;
    private final Clock clock;
    private final RetryDelays delays;
    private final OutgoingRecords outgoing;
    private final WakeUp wakeUp = new WakeUp();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Instant lastDeliveredAt;
    private volatile String lastError;
    private volatile Instant nextAttemptAt;
    private int batchSize;

    public Forwarder(Journal journal, DeliveryCursor cursor, CredentialStore credentials, PlatformClient client,
            ForwarderSettings settings, Clock clock) {
        this(journal, cursor, credentials, client, settings, clock, OutgoingRecords.AS_JOURNALED);
    }

    /** @param outgoing decides when each record is ready and what request goes out for it */
    public Forwarder(Journal journal, DeliveryCursor cursor, CredentialStore credentials, PlatformClient client,
            ForwarderSettings settings, Clock clock, OutgoingRecords outgoing) {
        this.outgoing = outgoing;
        this.journal = journal;
        this.cursor = cursor;
        this.credentials = credentials;
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.delays = new RetryDelays(settings.firstRetry(), settings.maxRetry(), new Random());
        this.batchSize = settings.batchSize();
    }

    /** The outcome of one attempt. */
    enum Attempt { IDLE, DELIVERED, FAILED }

    /** Starts the sending thread. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread worker = new Thread(this::loop, "station-forwarder");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    /**
     * Wakes an idle sending thread at once, for example after a new record was journaled. A
     * thread waiting out a retry delay keeps waiting, so new records do not defeat the backoff.
     */
    public void wake() {
        if (nextAttemptAt == null) {
            wakeUp.signal();
        }
    }

    public ForwarderStatus status() {
        return new ForwarderStatus(credentials.load().isPresent(), backlog(),
                journal.count(0, entry -> entry.type() == EntryType.REJECTED), lastDeliveredAt, lastError,
                nextAttemptAt);
    }

    public int backlog() {
        return journal.count(cursor.value(), entry -> entry.type() == EntryType.RECORD);
    }

    @Override
    public void close() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        log.info("Forwarder started at journal sequence {}, {} records to send", cursor.value(), backlog());
        while (running) {
            try {
                Attempt attempt = sendNextBatch();
                if (attempt == Attempt.IDLE) {
                    wakeUp.pause(settings.idlePoll());
                } else if (attempt == Attempt.FAILED) {
                    wakeUp.pause(Duration.between(clock.instant(), nextAttemptAt));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // A bug or a full disk must not end the thread: the records stay in the journal.
                log.error("Forwarder attempt failed unexpectedly; retrying", e);
                fail("internal error: " + e, null);
                pauseQuietly(Duration.between(clock.instant(), nextAttemptAt));
            }
        }
        log.info("Forwarder stopped at journal sequence {}", cursor.value());
    }

    /**
     * Sends the next batch of undelivered records, if any.
     *
     * @throws InterruptedException when the thread is stopped during the request
     */
    Attempt sendNextBatch() throws InterruptedException {
        Optional<PlatformCredential> credential = credentials.load();
        List<JournalEntry> candidates = journal.after(cursor.value(), entry -> entry.type() == EntryType.RECORD,
                batchSize);
        if (candidates.isEmpty() || credential.isEmpty()) {
            return Attempt.IDLE;
        }
        List<JournalEntry> batch = new ArrayList<>();
        List<JsonNode> requests = new ArrayList<>();
        // Records go out in journal order, so the batch ends at the first record still waiting for its evidence.
        for (JournalEntry candidate : candidates) {
            Optional<JsonNode> request = outgoing.requestFor(candidate);
            if (request.isEmpty()) {
                break;
            }
            batch.add(candidate);
            requests.add(request.get());
        }
        if (batch.isEmpty()) {
            return Attempt.IDLE;
        }

        PlatformResponse response;
        try {
            response = client.postSigned(credential.get(), BATCH_PATH, batchBody(requests));
        } catch (IOException e) {
            return fail("platform " + credential.get().platformUrl() + " unreachable: " + e, null);
        }
        if (response.isSuccess()) {
            return delivered(batch, response);
        }
        if (response.status() == PAYLOAD_TOO_LARGE && batchSize > 1) {
            batchSize = Math.max(1, batchSize / 2);
            log.warn("Platform rejected a batch as too large; sending {} records per batch from now on", batchSize);
            return Attempt.FAILED;
        }
        if (response.status() == PAYLOAD_TOO_LARGE) {
            return rejectAlone(batch.get(0), response);
        }
        String excerpt = PlatformResponse.excerpt(response.bodyText());
        return fail("platform answered HTTP " + response.status() + ": " + excerpt,
                response.status() == TOO_MANY_REQUESTS ? response.retryAfter() : null);
    }

    private byte[] batchBody(List<JsonNode> requests) {
        ObjectNode body = json.createObjectNode();
        ArrayNode records = body.putArray("records");
        requests.forEach(records::add);
        return json.writeValueAsBytes(body);
    }

    private Attempt delivered(List<JournalEntry> batch, PlatformResponse response) {
        JsonNode results = json.readTree(response.body()).path("results");
        if (!results.isArray() || results.size() != batch.size()) {
            return fail("platform answered with " + results.size() + " results for " + batch.size() + " records",
                    null);
        }
        int stored = 0;
        for (int index = 0; index < batch.size(); index++) {
            JsonNode result = results.get(index);
            String status = result.path("status").asString();
            if (status.equals("CREATED") || status.equals("DUPLICATE")) {
                stored++;
            } else {
                recordRejection(batch.get(index), result);
            }
        }
        cursor.moveTo(batch.get(batch.size() - 1).sequence());
        succeeded();
        log.info("Delivered {} records to the platform ({} rejected), up to journal sequence {}", stored,
                batch.size() - stored, cursor.value());
        return Attempt.DELIVERED;
    }

    private Attempt rejectAlone(JournalEntry entry, PlatformResponse response) {
        ObjectNode answer = json.createObjectNode();
        answer.put("status", "REJECTED");
        answer.put("code", "payload_too_large");
        answer.put("message", PlatformResponse.excerpt(response.bodyText()));
        recordRejection(entry, answer);
        cursor.moveTo(entry.sequence());
        succeeded();
        return Attempt.DELIVERED;
    }

    private void recordRejection(JournalEntry entry, JsonNode answer) {
        String recordNumber = entry.data().path("request").path("recordNumber").asString();
        journal.append(EntryType.REJECTED, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("recordSequence", entry.sequence());
            data.put("recordNumber", recordNumber);
            data.set("answer", answer);
            return data;
        });
        log.warn("Platform rejected record {} (journal sequence {}) for good: {}; kept as rejected in the journal",
                recordNumber, entry.sequence(), PlatformResponse.excerpt(answer.toString()));
    }

    private void succeeded() {
        delays.reset();
        lastDeliveredAt = clock.instant();
        lastError = null;
        nextAttemptAt = null;
    }

    private Attempt fail(String reason, Duration platformWait) {
        Duration wait = delays.next(platformWait);
        nextAttemptAt = clock.instant().plus(wait);
        if (delays.worthLogging(reason, lastError)) {
            log.warn("Sending records failed (attempt {} in a row): {}; retrying in {} ms", delays.failures(), reason,
                    wait.toMillis());
        }
        lastError = reason;
        return Attempt.FAILED;
    }

    private void pauseQuietly(Duration wait) {
        try {
            wakeUp.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
