package cn.overloadcontrol.upstream;

import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.TargetSettings;

/** Target settings for tests: a unique code, the stand-in's address and the fields a test changes. */
public final class TestTargets {

    public String baseUrl;
    public String mapping = "{}";
    public MediaMode mediaMode = MediaMode.SEPARATE;
    public int batchSize = 50;
    public int readTimeoutMs = 3000;
    public int maxAttempts = 5;
    public boolean orderedPerStation;
    public AuthKind authKind = AuthKind.NONE;
    public String appKey;
    public String signTemplate;
    public String tokenPath;
    public String tokenJsonPath;
    public String responseCodePath = "code";
    public String successCodes = "0";
    public String retryCodes = "9";
    public int breakerThreshold = 100;
    public int breakerOpenSeconds = 60;
    public String unitPath = "/units";
    public String stationPath = "/stations";

    public TestTargets(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public TargetSettings settings() {
        return new TargetSettings(TestData.unique("T"), TestData.unique("测试平台"), "generic-json", true, baseUrl,
                "/records", "/media", unitPath, stationPath, mediaMode, batchSize, 1000, readTimeoutMs, maxAttempts,
                orderedPerStation, mapping, authKind, appKey, signTemplate, tokenPath, tokenJsonPath, 3600,
                responseCodePath, successCodes, retryCodes, breakerThreshold, breakerOpenSeconds, 10);
    }
}
