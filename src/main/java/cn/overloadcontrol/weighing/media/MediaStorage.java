package cn.overloadcontrol.weighing.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed store of evidence bytes, keyed by the lowercase hex SHA-256 of the content.
 * Stored content never changes, so putting the same bytes twice keeps one copy. The file-system
 * store is the default; an S3-compatible store can implement the same contract.
 */
public interface MediaStorage {

    /** Stores {@code content} under {@code sha256} unless it is already there; the caller computed the hash. */
    void put(String sha256, byte[] content) throws IOException;

    /** Opens the stored content, or empty when nothing is stored under {@code sha256}. */
    Optional<InputStream> get(String sha256) throws IOException;

    boolean exists(String sha256);
}
