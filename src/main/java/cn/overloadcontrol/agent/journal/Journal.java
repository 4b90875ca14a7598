package cn.overloadcontrol.agent.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The station's append-only journal: one line per entry, {@code <crc32 hex> <json>\n}, in
 * {@code journal.log}. {@link #append} returns only after {@link FileChannel#force} has put the
 * line on disk, so an acknowledged entry survives {@code kill -9} and power loss. On open, a
 * last line without its line feed or with a wrong CRC is a write torn by a crash: it was never
 * acknowledged, so it is cut off. A wrong CRC before the last line is damage on disk; that
 * line is skipped, logged and counted in {@link #corruptLines()}.
 */
public final class Journal implements AutoCloseable {

    static final String FILE_NAME = "journal.log";
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int CRC_HEX_LENGTH = 8;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path file;
    private final FileChannel channel;
    private final Clock clock;
    private final List<JournalEntry> entries = new ArrayList<>();
    private int corruptLines;

    private Journal(Path file, FileChannel channel, Clock clock) {
        this.file = file;
        this.channel = channel;
        this.clock = clock;
    }

    /**
     * Opens the journal in {@code folder}, creating it when missing, and recovers from a torn
     * last line.
     *
     * @throws UncheckedIOException when the folder or the file cannot be read or written
     */
    public static Journal open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE_NAME);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Journal journal = new Journal(file, channel, clock);
            journal.recover();
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the station journal in " + folder.toAbsolutePath(), e);
        }
    }

    /**
     * Appends an entry and forces it to disk before returning. The content is built with the
     * new entry's sequence number, so that record numbers can derive from it.
     *
     * @throws UncheckedIOException when the write or the force fails; the entry then does not exist
     */
    public synchronized JournalEntry append(EntryType type, LongFunction<ObjectNode> content) {
        long sequence = lastSequence() + 1;
        Instant at = clock.instant();
        ObjectNode line = json.createObjectNode();
        line.put("seq", sequence);
        line.put("type", type.name());
        line.put("at", at.toString());
        ObjectNode data = content.apply(sequence);
        line.set("data", data);
        byte[] payload = json.writeValueAsBytes(line);
        long start = sizeOrZero();
        try {
            channel.write(ByteBuffer.wrap(frame(payload)), start);
            channel.force(true);
        } catch (IOException e) {
            cutTo(start);
            throw new UncheckedIOException("Cannot write entry " + sequence + " to " + file, e);
        }
        JournalEntry entry = new JournalEntry(sequence, type, at, data);
        entries.add(entry);
        return entry;
    }

    public synchronized long lastSequence() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    /** Returns up to {@code max} entries after {@code sequence} that match, in journal order. */
    public synchronized List<JournalEntry> after(long sequence, Predicate<JournalEntry> filter, int max) {
        List<JournalEntry> found = new ArrayList<>();
        for (int index = firstIndexAfter(sequence); index < entries.size() && found.size() < max; index++) {
            JournalEntry entry = entries.get(index);
            if (filter.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** Counts the entries after {@code sequence} that match. */
    public synchronized int count(long sequence, Predicate<JournalEntry> filter) {
        int count = 0;
        for (int index = firstIndexAfter(sequence); index < entries.size(); index++) {
            if (filter.test(entries.get(index))) {
                count++;
            }
        }
        return count;
    }

    /** Returns every entry of the journal in order, for pages and tests. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** Returns how many damaged lines before the last one were skipped on open. */
    public synchronized int corruptLines() {
        return corruptLines;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("Closing the station journal {} failed", file, e);
        }
    }

    private int firstIndexAfter(long sequence) {
        // Sequences have no gaps except where damaged lines were skipped, so a binary search
        // on the sequence finds the start without scanning the whole journal.
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).sequence() <= sequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static byte[] frame(byte[] payload) {
        byte[] prefix = (crcHex(payload) + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[prefix.length + payload.length + 1];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        System.arraycopy(payload, 0, line, prefix.length, payload.length);
        line[line.length - 1] = '\n';
        return line;
    }

    private static String crcHex(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return "%08x".formatted(crc.getValue());
    }

    private void recover() throws IOException {
        byte[] content = Files.readAllBytes(file);
        int lineStart = 0;
        long validEnd = 0;
        while (lineStart < content.length) {
            int lineEnd = indexOf(content, (byte) '\n', lineStart);
            if (lineEnd < 0) {
                log.warn("Station journal {} ends in a torn line of {} bytes at offset {}; cutting it off", file,
                        content.length - lineStart, lineStart);
                break;
            }
            JournalEntry entry = parse(content, lineStart, lineEnd);
            boolean last = lineEnd == content.length - 1;
            if (entry == null && last) {
                log.warn("Station journal {} ends in a damaged line at offset {}; cutting it off", file, lineStart);
                break;
            }
            if (entry == null) {
                corruptLines++;
                log.error("Station journal {} has a damaged line at offset {} (CRC or JSON invalid); skipping it",
                        file, lineStart);
            } else {
                entries.add(entry);
            }
            lineStart = lineEnd + 1;
            validEnd = lineStart;
        }
        if (validEnd < content.length) {
            cutTo(validEnd);
        }
        log.info("Opened station journal {}: {} entries, last sequence {}", file, entries.size(), lastSequence());
    }

    private JournalEntry parse(byte[] content, int start, int end) {
        if (end - start < CRC_HEX_LENGTH + 2 || content[start + CRC_HEX_LENGTH] != ' ') {
            return null;
        }
        String crc = new String(content, start, CRC_HEX_LENGTH, StandardCharsets.US_ASCII);
        byte[] payload = java.util.Arrays.copyOfRange(content, start + CRC_HEX_LENGTH + 1, end);
        if (!crc.equals(crcHex(payload))) {
            return null;
        }
        try {
            // Jackson throws unchecked exceptions; any of them, or a missing field, means damage.
            JsonNode line = json.readTree(payload);
            return new JournalEntry(line.get("seq").asLong(), EntryType.valueOf(line.get("type").asString()),
                    Instant.parse(line.get("at").asString()), (ObjectNode) line.get("data"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int indexOf(byte[] content, byte value, int from) {
        for (int index = from; index < content.length; index++) {
            if (content[index] == value) {
                return index;
            }
        }
        return -1;
    }

    private long sizeOrZero() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    private void cutTo(long length) {
        try {
            channel.truncate(length);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut " + file + " back to " + length + " bytes", e);
        }
    }
}
