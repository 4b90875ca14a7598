package cn.overloadcontrol.upstream.target;

import java.time.Duration;
import java.util.Set;

/**
 * One upper platform and how to talk to it. The secret stays encrypted here; {@link
 * TargetStore#secret} decrypts it for the request that needs it.
 *
 * @param successCodes result codes that mean delivered; empty with a code path means none do
 * @param retryCodes result codes that mean try again later; any other code is a permanent failure
 */
public record UploadTarget(long id, String code, String name, String format, boolean enabled, boolean paused,
        String baseUrl, String recordPath, String mediaPath, String unitPath, String stationPath,
        MediaMode mediaMode, int batchSize, Duration connectTimeout, Duration readTimeout, int maxAttempts,
        boolean orderedPerStation, FieldMapping mapping, AuthKind authKind, String appKey, String secretCiphertext,
        String signTemplate, String tokenPath, String tokenJsonPath, Duration tokenTtl, String responseCodePath,
        Set<String> successCodes, Set<String> retryCodes, int breakerThreshold, Duration breakerOpen,
        Duration alertAfter, long version) {

    public UploadTarget {
        successCodes = Set.copyOf(successCodes);
        retryCodes = Set.copyOf(retryCodes);
    }

    /** Whether the sender may send to this target now: enabled, not paused, with an address. */
    public boolean sendable() {
        return enabled && !paused && baseUrl != null && !baseUrl.isBlank();
    }

    public boolean hasSecret() {
        return secretCiphertext != null;
    }

    /** The full address of a path of this target, such as the record endpoint. */
    public String url(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return path.startsWith("/") ? base + path : base + "/" + path;
    }
}
