package cn.overloadcontrol.weighing.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stores media as files named by their hash, fanned out as {@code ab/cd/<sha256>} so no folder
 * grows too large. Each file is written to a temporary file first and moved into place in one
 * step, so a reader never sees half a file and a crash leaves only a stray temporary file.
 */
public class FileMediaStorage implements MediaStorage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileMediaStorage(Path root) {
        this.root = root;
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
        try {
            Files.write(temp, content);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // Two uploads of the same bytes may race: whichever moves second finds equal content in place.
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Same hash, same content: the first copy stays.
        }
    }

    @Override
    public Optional<InputStream> get(String sha256) throws IOException {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
