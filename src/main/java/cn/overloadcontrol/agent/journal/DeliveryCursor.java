package cn.overloadcontrol.agent.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The journal sequence up to which every record has been delivered to the platform (or
 * rejected by it for good), in {@code delivered.cursor}. A move writes a temporary file, forces
 * it and renames it over the old one atomically, so after a crash the file contains either the old
 * or the new value, never a mix.
 */
public final class DeliveryCursor {

    static final String FILE_NAME = "delivered.cursor";

    private final Path file;
    private final Path temporary;
    private volatile long value;

    private DeliveryCursor(Path file, long value) {
        this.file = file;
        this.temporary = file.resolveSibling(FILE_NAME + ".tmp");
        this.value = value;
    }

    /**
     * Reads the cursor in {@code folder}, or starts at 0 when there is none yet.
     *
     * @throws UncheckedIOException when the file exists but cannot be read or contains no number
     */
    public static DeliveryCursor open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
            if (!Files.exists(file)) {
                return new DeliveryCursor(file, 0);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new DeliveryCursor(file, Long.parseLong(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the delivery cursor " + file, e);
        } catch (NumberFormatException e) {
            throw new UncheckedIOException(new IOException("The delivery cursor " + file
                    + " holds no number; restore it or delete it to resend everything (the platform drops duplicates)",
                    e));
        }
    }

    public long value() {
        return value;
    }

    /**
     * Moves the cursor forward to {@code sequence} and forces it to disk.
     *
     * @throws IllegalArgumentException when {@code sequence} is behind the cursor
     * @throws UncheckedIOException when the file cannot be replaced; the cursor then stays where it was
     */
    public synchronized void moveTo(long sequence) {
        if (sequence < value) {
            throw new IllegalArgumentException("The delivery cursor is at " + value + " and cannot move back to "
                    + sequence);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((sequence + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + temporary, e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + file, e);
        }
        value = sequence;
    }
}
