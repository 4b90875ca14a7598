package cn.overloadcontrol.station.pairing;

/**
 * The new API credential a station receives for a valid pairing code.
 *
 * @param secret the HMAC secret, returned this once and stored only encrypted
 */
public record PairingResult(String stationCode, String keyId, String secret) {

    @Override
    public String toString() {
        return "PairingResult[" + stationCode + ", " + keyId + "]";
    }
}
