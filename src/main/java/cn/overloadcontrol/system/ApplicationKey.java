package cn.overloadcontrol.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 256-bit application key that encrypts stored secrets. It comes from the configuration
 * ({@code app.security.secret-key}, base64) or from a key file that is generated on first start.
 * Losing the key makes every stored secret unreadable, so the key file belongs in the backup.
 */
final class ApplicationKey {

    private static final Logger log = LoggerFactory.getLogger(ApplicationKey.class);
    static final int KEY_BYTES = 32;

    private ApplicationKey() {
    }

    /**
     * Returns the configured key, or the key in {@code keyFile}, creating that file with a new
     * random key when it does not exist.
     *
     * @throws IllegalStateException when the configured or stored key is not 32 bytes in base64
     */
    static SecretKey load(String configuredBase64, Path keyFile) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return decode(configuredBase64.strip(), "app.security.secret-key");
        }
        try {
            if (Files.notExists(keyFile)) {
                create(keyFile);
            }
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip(), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the application key file " + keyFile, e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return; // another instance created it first; read theirs
        }
        restrictToOwner(keyFile);
        log.info("Generated a new application key in {}; back it up with the database", keyFile);
    }

    private static void restrictToOwner(Path keyFile) throws IOException {
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("{} has no POSIX permissions; rely on the folder's access rights", keyFile);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The application key from " + source + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The application key from " + source + " has " + bytes.length
                    + " bytes; it must have " + KEY_BYTES + " (for example: openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
