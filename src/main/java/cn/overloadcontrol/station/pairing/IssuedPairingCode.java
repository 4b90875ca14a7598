package cn.overloadcontrol.station.pairing;

import java.time.Instant;

/**
 * A new pairing code, shown to the installer once.
 *
 * @param code the code as typed on the station, grouped as XXXX-XXXX-XXXX
 */
public record IssuedPairingCode(long stationId, String stationCode, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedPairingCode[" + stationId + ", " + stationCode + ", expires " + expiresAt + "]";
    }
}
