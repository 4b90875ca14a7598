package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads the media files of delivered records to {@code POST /api/v1/weighings/{recordNumber}/media},
 * one file per request, in journal order. The files of a record are listed in its {@code SEALED}
 * entry; each file that the platform stored (201, or 200 for a duplicate) or rejected for good
 * (400, 404, 413) gets a {@code MEDIA_SENT} entry, so after a dropped link or a restart only the
 * files without one are sent. A file whose bytes no longer match its SHA-256 is not sent and is
 * journaled as damaged. Everything else (no network, 5xx, 401, 429) is retried with backoff.
 */
public class MediaForwarder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MediaForwarder.class);
    private static final Set<Integer> FINAL_REJECTIONS = Set.of(400, 404, 413, 415);

    /**
     * One file waiting for upload.
     *
     * @param recordSequence the journal sequence of the record's {@code RECORD} entry
     * @param kind           the platform's media kind, such as {@code FRONT_PLATE} or {@code CLIP}
     */
    public record PendingFile(long recordSequence, String recordNumber, String kind, String cameraId, String sha256) {
    }

    /** Upload state of one record's files for the local page. */
    public record MediaProgress(int sent, int pending, int failed) {
    }

    private final Journal journal;
    private final DeliveryCursor cursor;
    private final CredentialStore credentials;
    private final PlatformClient client;
    private final Function<String, Optional<byte[]>> files;
    private final ForwarderSettings settings;
    private final RetryDelays delays;
    private final WakeUp wakeUp = new WakeUp();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile String lastError;

    /** @param files reads a stored file by its SHA-256; empty when it is missing or damaged */
    public MediaForwarder(Journal journal, DeliveryCursor cursor, CredentialStore credentials, PlatformClient client,
            Function<String, Optional<byte[]>> files, ForwarderSettings settings) {
        this.journal = journal;
        this.cursor = cursor;
        this.credentials = credentials;
        this.client = client;
        this.files = files;
        this.settings = settings;
        this.delays = new RetryDelays(settings.firstRetry(), settings.maxRetry(), new Random());
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread worker = new Thread(this::loop, "station-media-forwarder");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    public void wake() {
        wakeUp.signal();
    }

    public String lastError() {
        return lastError;
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

    /** Returns the files of delivered records that have no {@code MEDIA_SENT} entry yet, in journal order. */
    public List<PendingFile> pending() {
        List<PendingFile> pending = new ArrayList<>();
        long delivered = cursor.value();
        Set<Long> rejectedRecords = new HashSet<>();
        Set<String> done = new HashSet<>();
        List<JournalEntry> sealed = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            switch (entry.type()) {
                case REJECTED -> rejectedRecords.add(entry.data().path("recordSequence").asLong());
                case MEDIA_SENT -> done.add(key(entry.data().path("recordSequence").asLong(), entry.text("kind"),
                        entry.text("sha256")));
                case SEALED -> sealed.add(entry);
                default -> { }
            }
        }
        for (JournalEntry entry : sealed) {
            long recordSequence = entry.data().path("recordSequence").asLong();
            if (recordSequence > delivered || rejectedRecords.contains(recordSequence)) {
                continue;
            }
            for (JsonNode file : entry.data().path("media")) {
                String kind = file.path("kind").asString();
                String sha256 = file.path("sha256").asString();
                if (!done.contains(key(recordSequence, kind, sha256))) {
                    pending.add(new PendingFile(recordSequence, entry.text("recordNumber"), kind,
                            file.path("cameraId").asString(), sha256));
                }
            }
        }
        return pending;
    }

    /**
     * Returns the upload state of every sealed record's files, by the record's journal sequence. The
     * files of a record that the platform rejected are never sent and count as failed.
     */
    public Map<Long, MediaProgress> progress() {
        Map<Long, int[]> counts = new HashMap<>();
        for (JournalEntry entry : journal.entries()) {
            long recordSequence = entry.data().path("recordSequence").asLong();
            if (entry.type() == EntryType.REJECTED && counts.containsKey(recordSequence)) {
                int[] count = counts.get(recordSequence);
                count[2] += count[1];
                count[1] = 0;
            } else if (entry.type() == EntryType.SEALED) {
                counts.computeIfAbsent(recordSequence, key -> new int[3])[1] += entry.data().path("media").size();
            } else if (entry.type() == EntryType.MEDIA_SENT) {
                int[] count = counts.computeIfAbsent(recordSequence, key -> new int[3]);
                count[1]--;
                count[entry.text("outcome").equals("DELIVERED") ? 0 : 2]++;
            }
        }
        Map<Long, MediaProgress> progress = new HashMap<>();
        counts.forEach((sequence, count) -> progress.put(sequence, new MediaProgress(count[0], count[1], count[2])));
        return progress;
    }

    private void loop() {
        log.info("Media forwarder started, {} files to send", pending().size());
        while (running) {
            try {
                Duration wait = sendPending();
                wakeUp.pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("Media upload failed unexpectedly; retrying", e);
                lastError = "internal error: " + e;
                pauseQuietly(delays.next());
            }
        }
        log.info("Media forwarder stopped");
    }

    /**
     * Sends the pending files one after another; returns how long to wait before looking again.
     *
     * @throws InterruptedException when the thread is stopped during a request
     */
    Duration sendPending() throws InterruptedException {
        Optional<PlatformCredential> credential = credentials.load();
        if (credential.isEmpty()) {
            return settings.idlePoll();
        }
        for (PendingFile file : pending()) {
            if (!running && thread != null) {
                return Duration.ZERO;
            }
            Duration retry = send(credential.get(), file);
            if (retry != null) {
                return retry;
            }
        }
        return settings.idlePoll();
    }

    /** Sends one file; returns the wait before a retry, or {@code null} when the file is settled. */
    private Duration send(PlatformCredential credential, PendingFile file) throws InterruptedException {
        Optional<byte[]> bytes = files.apply(file.sha256());
        if (bytes.isEmpty()) {
            log.error("Media file {} of record {} is missing or does not match its SHA-256; not sent",
                    file.sha256(), file.recordNumber());
            journalOutcome(file, "DAMAGED", null, "文件缺失或内容与 SHA-256 不符");
            return null;
        }
        String path = "/api/v1/weighings/" + file.recordNumber() + "/media";
        PlatformResponse response;
        try {
            response = client.postSigned(credential, path, "kind=" + file.kind(), bytes.get(),
                    "application/octet-stream");
        } catch (IOException e) {
            return failed("platform " + credential.platformUrl() + " unreachable: " + e, null);
        }
        if (response.isSuccess()) {
            journalOutcome(file, "DELIVERED", response.status(), null);
            delays.reset();
            lastError = null;
            return null;
        }
        if (FINAL_REJECTIONS.contains(response.status())) {
            log.warn("Platform rejected media {} ({}) of record {} for good: HTTP {} {}", file.kind(), file.sha256(),
                    file.recordNumber(), response.status(), PlatformResponse.excerpt(response.bodyText()));
            journalOutcome(file, "REJECTED", response.status(), PlatformResponse.excerpt(response.bodyText()));
            return null;
        }
        String excerpt = PlatformResponse.excerpt(response.bodyText());
        return failed("platform answered HTTP " + response.status() + " for media of record " + file.recordNumber()
                + ": " + excerpt, response.status() == 429 ? response.retryAfter() : null);
    }

    private void journalOutcome(PendingFile file, String outcome, Integer status, String answer) {
        journal.append(EntryType.MEDIA_SENT, sequence -> {
            ObjectNode data = journalData();
            data.put("recordSequence", file.recordSequence());
            data.put("recordNumber", file.recordNumber());
            data.put("kind", file.kind());
            data.put("cameraId", file.cameraId());
            data.put("sha256", file.sha256());
            data.put("outcome", outcome);
            if (status != null) {
                data.put("status", status);
            }
            data.put("answer", answer);
            return data;
        });
    }

    private Duration failed(String reason, Duration platformWait) {
        Duration wait = delays.next(platformWait);
        if (delays.worthLogging(reason, lastError)) {
            log.warn("Sending media failed (attempt {} in a row): {}; retrying in {} ms", delays.failures(), reason,
                    wait.toMillis());
        }
        lastError = reason;
        return wait;
    }

    private static ObjectNode journalData() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static String key(long recordSequence, String kind, String sha256) {
        return recordSequence + "/" + kind + "/" + sha256;
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
