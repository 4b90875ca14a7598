package cn.overloadcontrol.agent.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evidence files (plate pictures, snapshots, clips) under {@code <data-dir>/media}, named by the
 * SHA-256 of their bytes: {@code media/ab/ab12...}. The same bytes are stored once, and a file
 * whose bytes no longer match its name is found damaged when it is read.
 */
public final class MediaStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;

    public MediaStore(Path dataDir) {
        this.folder = dataDir.resolve("media");
    }

    /**
     * Stores {@code bytes} and returns their SHA-256 in lower-case hex. The file is written under a
     * temporary name, forced to disk and renamed, so a crash leaves no half file under a hash name.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public String put(byte[] bytes) {
        String sha256 = sha256(bytes);
        Path target = path(sha256);
        if (Files.exists(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".tmp");
            try (var channel = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an evidence file of " + bytes.length + " bytes under "
                    + folder, e);
        }
    }

    /**
     * Reads the file with this SHA-256, or empty when it is missing or its bytes no longer match.
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public Optional<byte[]> read(String sha256) {
        if (!SHA256_HEX.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = path(sha256);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return sha256(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evidence file " + file, e);
        }
    }

    Path path(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
