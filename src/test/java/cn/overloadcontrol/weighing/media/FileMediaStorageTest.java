package cn.overloadcontrol.weighing.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file store keeps one file per hash, fanned out by its first bytes, written in one move. */
class FileMediaStorageTest {

    @TempDir
    Path root;

    @Test
    void storesUnderFannedOutHashPath() throws IOException {
        FileMediaStorage storage = new FileMediaStorage(root);
        byte[] content = MediaSamples.jpeg();
        String sha256 = MediaService.sha256(content);

        storage.put(sha256, content);

        Path expected = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertThat(expected).exists().hasBinaryContent(content);
        assertThat(storage.exists(sha256)).isTrue();
        try (InputStream in = storage.get(sha256).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void sameBytesTwiceKeepOneFileAndNoTemporaryFiles() throws IOException {
        FileMediaStorage storage = new FileMediaStorage(root);
        byte[] content = MediaSamples.png();
        String sha256 = MediaService.sha256(content);

        storage.put(sha256, content);
        storage.put(sha256, content);

        assertThat(allFiles()).containsExactly(storage.pathOf(sha256));
    }

    @Test
    void writeThatFailsLeavesNothingBehind() throws IOException {
        FileMediaStorage storage = new FileMediaStorage(root);
        byte[] content = MediaSamples.jpeg();
        String sha256 = MediaService.sha256(content);
        // A folder where the file should go makes the final move fail after the temporary write.
        Files.createDirectories(storage.pathOf(sha256).resolve("blocker"));

        assertThatThrownBy(() -> storage.put(sha256, content)).isInstanceOf(IOException.class);

        assertThat(allFiles()).allSatisfy(path -> assertThat(path.toString()).doesNotEndWith(".part"));
    }

    @Test
    void unknownHashIsAbsent() throws IOException {
        FileMediaStorage storage = new FileMediaStorage(root);
        String sha256 = "0".repeat(64);
        assertThat(storage.exists(sha256)).isFalse();
        assertThat(storage.get(sha256)).isEmpty();
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        FileMediaStorage storage = new FileMediaStorage(root);
        assertThatThrownBy(() -> storage.exists("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
