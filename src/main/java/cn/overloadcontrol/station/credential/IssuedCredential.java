package cn.overloadcontrol.station.credential;

/**
 * A new or rotated credential with its secret in plain text. It exists only to be shown once to
 * the user who asked for it: never log it, store it or put it in a URL.
 */
public record IssuedCredential(long stationId, String keyId, String secret) {

    @Override
    public String toString() {
        return "IssuedCredential[stationId=" + stationId + ", keyId=" + keyId + ", secret=***]";
    }
}
