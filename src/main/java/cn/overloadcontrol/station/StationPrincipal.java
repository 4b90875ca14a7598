package cn.overloadcontrol.station;

/**
 * The station behind a signed API request, as the authentication filter leaves it in the
 * security context. It is a machine, not a user: it has no data scope and no permissions.
 *
 * @param keyId the credential that signed the request
 * @param profile the station as the filter loaded it for this request, so the request's
 *        handler need not load it again; {@code null} when the principal was built without it
 */
public record StationPrincipal(long stationId, String stationCode, String keyId, StationProfile profile) {

    public StationPrincipal(long stationId, String stationCode, String keyId) {
        this(stationId, stationCode, keyId, null);
    }
}
