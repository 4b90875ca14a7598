package cn.overloadcontrol.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files on local disk named by the SHA-256 of their content, as {@code <root>/ab/cd/<sha256>}.
 * Stored content never changes, so storing the same bytes twice keeps one copy. Each file is
 * written to a temporary file and moved into place in one step, so a reader never sees half a
 * file. Uploaded documents and inspection photos use it; evidence media have their own store.
 */
public class ContentAddressedFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ContentAddressedFiles(Path root) {
        this.root = root;
    }

    /** Stores the content unless it is already there, and returns its lowercase hex SHA-256. */
    public String put(byte[] content) {
        String sha256 = sha256(content);
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // A concurrent upload of the same bytes moved first: equal hash, equal content.
            } finally {
                Files.deleteIfExists(temp);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to store file " + sha256 + " under " + root, e);
        }
    }

    /** Opens the stored content, or empty when nothing is stored under {@code sha256}. */
    public Optional<InputStream> open(String sha256) {
        Path path = pathOf(sha256);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to open stored file " + sha256, e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
