package cn.overloadcontrol.upstream.web;

import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.TargetSettings;
import cn.overloadcontrol.upstream.target.UploadTarget;

/**
 * The edit form of a target. The secret field is always empty when shown: a blank secret keeps
 * the stored one, so the secret never travels back to the browser.
 */
public class TargetForm {

    private long version;
    private String code;
    private String name;
    private String format;
    private boolean enabled;
    private String baseUrl;
    private String recordPath;
    private String mediaPath;
    private String unitPath;
    private String stationPath;
    private MediaMode mediaMode = MediaMode.SEPARATE;
    private int batchSize;
    private int connectTimeoutMs;
    private int readTimeoutMs;
    private int maxAttempts;
    private boolean orderedPerStation;
    private String mapping;
    private AuthKind authKind = AuthKind.NONE;
    private String appKey;
    private String secret;
    private String signTemplate;
    private String tokenPath;
    private String tokenJsonPath;
    private int tokenTtlSeconds;
    private String responseCodePath;
    private String successCodes;
    private String retryCodes;
    private int breakerThreshold;
    private int breakerOpenSeconds;
    private int alertAfterMinutes;

    static TargetForm of(UploadTarget target, String mappingText) {
        TargetForm form = new TargetForm();
        form.version = target.version();
        form.code = target.code();
        form.name = target.name();
        form.format = target.format();
        form.enabled = target.enabled();
        form.baseUrl = target.baseUrl();
        form.recordPath = target.recordPath();
        form.mediaPath = target.mediaPath();
        form.unitPath = target.unitPath();
        form.stationPath = target.stationPath();
        form.mediaMode = target.mediaMode();
        form.batchSize = target.batchSize();
        form.connectTimeoutMs = (int) target.connectTimeout().toMillis();
        form.readTimeoutMs = (int) target.readTimeout().toMillis();
        form.maxAttempts = target.maxAttempts();
        form.orderedPerStation = target.orderedPerStation();
        form.mapping = mappingText;
        form.authKind = target.authKind();
        form.appKey = target.appKey();
        form.signTemplate = target.signTemplate();
        form.tokenPath = target.tokenPath();
        form.tokenJsonPath = target.tokenJsonPath();
        form.tokenTtlSeconds = (int) target.tokenTtl().toSeconds();
        form.responseCodePath = target.responseCodePath();
        form.successCodes = String.join(",", target.successCodes().stream().sorted().toList());
        form.retryCodes = String.join(",", target.retryCodes().stream().sorted().toList());
        form.breakerThreshold = target.breakerThreshold();
        form.breakerOpenSeconds = (int) target.breakerOpen().toSeconds();
        form.alertAfterMinutes = (int) target.alertAfter().toMinutes();
        return form;
    }

    TargetSettings toSettings() {
        return new TargetSettings(code, trim(name), trim(format), enabled, trim(baseUrl), trim(recordPath),
                trim(mediaPath), trim(unitPath), trim(stationPath), mediaMode, batchSize, connectTimeoutMs,
                readTimeoutMs, maxAttempts, orderedPerStation, mapping == null || mapping.isBlank() ? "{}" : mapping,
                authKind, trim(appKey), trim(signTemplate), trim(tokenPath), trim(tokenJsonPath), tokenTtlSeconds,
                trim(responseCodePath), trim(successCodes), trim(retryCodes), breakerThreshold, breakerOpenSeconds,
                alertAfterMinutes);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getRecordPath() { return recordPath; }
    public void setRecordPath(String recordPath) { this.recordPath = recordPath; }
    public String getMediaPath() { return mediaPath; }
    public void setMediaPath(String mediaPath) { this.mediaPath = mediaPath; }
    public String getUnitPath() { return unitPath; }
    public void setUnitPath(String unitPath) { this.unitPath = unitPath; }
    public String getStationPath() { return stationPath; }
    public void setStationPath(String stationPath) { this.stationPath = stationPath; }
    public MediaMode getMediaMode() { return mediaMode; }
    public void setMediaMode(MediaMode mediaMode) { this.mediaMode = mediaMode; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public int getConnectTimeoutMs() { return connectTimeoutMs; }
    public void setConnectTimeoutMs(int connectTimeoutMs) { this.connectTimeoutMs = connectTimeoutMs; }
    public int getReadTimeoutMs() { return readTimeoutMs; }
    public void setReadTimeoutMs(int readTimeoutMs) { this.readTimeoutMs = readTimeoutMs; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public boolean isOrderedPerStation() { return orderedPerStation; }
    public void setOrderedPerStation(boolean orderedPerStation) { this.orderedPerStation = orderedPerStation; }
    public String getMapping() { return mapping; }
    public void setMapping(String mapping) { this.mapping = mapping; }
    public AuthKind getAuthKind() { return authKind; }
    public void setAuthKind(AuthKind authKind) { this.authKind = authKind; }
    public String getAppKey() { return appKey; }
    public void setAppKey(String appKey) { this.appKey = appKey; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getSignTemplate() { return signTemplate; }
    public void setSignTemplate(String signTemplate) { this.signTemplate = signTemplate; }
    public String getTokenPath() { return tokenPath; }
    public void setTokenPath(String tokenPath) { this.tokenPath = tokenPath; }
    public String getTokenJsonPath() { return tokenJsonPath; }
    public void setTokenJsonPath(String tokenJsonPath) { this.tokenJsonPath = tokenJsonPath; }
    public int getTokenTtlSeconds() { return tokenTtlSeconds; }
    public void setTokenTtlSeconds(int tokenTtlSeconds) { this.tokenTtlSeconds = tokenTtlSeconds; }
    public String getResponseCodePath() { return responseCodePath; }
    public void setResponseCodePath(String responseCodePath) { this.responseCodePath = responseCodePath; }
    public String getSuccessCodes() { return successCodes; }
    public void setSuccessCodes(String successCodes) { this.successCodes = successCodes; }
    public String getRetryCodes() { return retryCodes; }
    public void setRetryCodes(String retryCodes) { this.retryCodes = retryCodes; }
    public int getBreakerThreshold() { return breakerThreshold; }
    public void setBreakerThreshold(int breakerThreshold) { this.breakerThreshold = breakerThreshold; }
    public int getBreakerOpenSeconds() { return breakerOpenSeconds; }
    public void setBreakerOpenSeconds(int breakerOpenSeconds) { this.breakerOpenSeconds = breakerOpenSeconds; }
    public int getAlertAfterMinutes() { return alertAfterMinutes; }
    public void setAlertAfterMinutes(int alertAfterMinutes) { this.alertAfterMinutes = alertAfterMinutes; }
}
