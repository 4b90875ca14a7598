package cn.overloadcontrol.station;

/**
 * The station behind a signed API request, as the authentication filter leaves it in the
 * security context. It is a machine, not a user: it has no data scope and no permissions.
 *
 * @param keyId the credential that signed the request
 */
public record StationPrincipal(long stationId, String stationCode, String keyId) {
}
