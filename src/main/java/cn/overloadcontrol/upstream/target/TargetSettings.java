package cn.overloadcontrol.upstream.target;

/**
 * The editable settings of a target, as the form and the tests write them. Timeouts in
 * milliseconds, the breaker's open time in seconds, the alert limit in minutes, code lists
 * comma-separated.
 */
public record TargetSettings(String code, String name, String format, boolean enabled, String baseUrl,
        String recordPath, String mediaPath, String unitPath, String stationPath, MediaMode mediaMode, int batchSize,
        int connectTimeoutMs, int readTimeoutMs, int maxAttempts, boolean orderedPerStation, String mapping,
        AuthKind authKind, String appKey, String signTemplate, String tokenPath, String tokenJsonPath,
        int tokenTtlSeconds, String responseCodePath, String successCodes, String retryCodes, int breakerThreshold,
        int breakerOpenSeconds, int alertAfterMinutes) {

    /** Settings of a target at {@code baseUrl} with the defaults of a new row. */
    public static TargetSettings defaults(String code, String name, String baseUrl) {
        return new TargetSettings(code, name, "generic-json", true, baseUrl, "/records", "/media", "/units",
                "/stations", MediaMode.SEPARATE, 50, 5000, 15000, 12, false, "{}", AuthKind.NONE, null, null, null,
                null, 3600, null, null, null, 5, 60, 10);
    }
}
