package cn.overloadcontrol.agent.platform;

import java.time.Instant;

/**
 * The API credential this station received when it was paired, and where to use it.
 *
 * @param platformUrl base address of the platform, for example {@code http://127.0.0.1:8080}
 * @param keyId       the X-Key-Id value
 * @param secret      the HMAC secret; never logged or shown
 * @param stationCode the platform's code of this station
 * @param pairedAt    when the pairing succeeded
 */
public record PlatformCredential(String platformUrl, String keyId, String secret, String stationCode,
        Instant pairedAt) {

    @Override
    public String toString() {
        return "PlatformCredential[" + platformUrl + ", " + keyId + ", " + stationCode + "]";
    }
}
