package cn.overloadcontrol.station.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.CredentialStatus;
import cn.overloadcontrol.station.credential.VerificationSecrets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a signed request in a fixed order: headers, key, timestamp, signature, station status
 * and last the nonce, so that only a correctly signed request uses up its nonce.
 */
@Component
class SignatureVerifier {

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("[0-9]{1,15}");

    private final CredentialService credentials;
    private final StationService stations;
    private final NonceStore nonces;
    private final Duration tolerance;
    private final Clock clock = Clock.systemUTC();
    private final TransactionTemplate readOnly;

    /** The credential of a key id and, unless it is revoked, its station, read in one transaction. */
    private record Lookup(VerificationSecrets credential, Optional<StationProfile> station) {
    }

    SignatureVerifier(CredentialService credentials, StationService stations, NonceStore nonces,
            ApiProperties properties, PlatformTransactionManager transactionManager) {
        this.credentials = credentials;
        this.stations = stations;
        this.nonces = nonces;
        this.tolerance = properties.timestampTolerance();
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Returns the station that signed the request.
     *
     * @throws ApiAuthenticationException naming the first check that failed
     */
    StationPrincipal verify(SignedRequest request) {
        requireHeaders(request);
        Lookup lookup = lookUp(request.keyId());
        VerificationSecrets credential = lookup.credential();
        if (credential.status() == CredentialStatus.REVOKED) {
            throw new ApiAuthenticationException(ApiFailure.KEY_REVOKED, "credential " + request.keyId() + " revoked");
        }

        Instant timestamp = checkTimestamp(request.timestamp());
        checkSignature(request, credential);
        StationProfile station = activeStation(credential.stationId(), lookup.station());
        useNonce(request, timestamp);
        return new StationPrincipal(station.stationId(), station.code(), credential.keyId(), station);
    }

    /**
     * Reads the credential and its station in one read-only transaction, because the two services
     * would otherwise each begin and commit their own on every request.
     */
    private Lookup lookUp(String keyId) {
        return readOnly.execute(status -> {
            VerificationSecrets credential = credentials.secretsFor(keyId)
                    .orElseThrow(() -> new ApiAuthenticationException(ApiFailure.KEY_UNKNOWN, "no credential " + keyId));
            Optional<StationProfile> station = credential.status() == CredentialStatus.REVOKED
                    ? Optional.empty() : stations.profile(credential.stationId());
            return new Lookup(credential, station);
        });
    }

    private static void requireHeaders(SignedRequest request) {
        require(request.keyId(), SignedRequest.KEY_ID_HEADER);
        require(request.timestamp(), SignedRequest.TIMESTAMP_HEADER);
        require(request.nonce(), SignedRequest.NONCE_HEADER);
        require(request.signature(), SignedRequest.SIGNATURE_HEADER);
        if (!NONCE.matcher(request.nonce()).matches()) {
            throw new ApiAuthenticationException(ApiFailure.NONCE_INVALID, "nonce " + request.nonce());
        }
    }

    private static void require(String value, String header) {
        if (value == null || value.isBlank()) {
            throw new ApiAuthenticationException(ApiFailure.HEADER_MISSING, header + " missing", header);
        }
    }

    private Instant checkTimestamp(String text) {
        Instant timestamp = parseTimestamp(text.strip());
        Duration offset = Duration.between(clock.instant(), timestamp).abs();
        if (offset.compareTo(tolerance) > 0) {
            throw new ApiAuthenticationException(ApiFailure.TIMESTAMP_OUT_OF_WINDOW,
                    "timestamp " + text + " is " + offset.toSeconds() + " s from the server clock",
                    tolerance.toSeconds(), clock.instant().toString());
        }
        return timestamp;
    }

    /** Reads epoch milliseconds, or ISO-8601 with an offset or Z. */
    private static Instant parseTimestamp(String text) {
        try {
            if (EPOCH_MILLIS.matcher(text).matches()) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiAuthenticationException(ApiFailure.TIMESTAMP_INVALID, "timestamp " + text);
        }
    }

    private static void checkSignature(SignedRequest request, VerificationSecrets credential) {
        byte[] received = Hmac.decode(request.signature()).orElseThrow(
                () -> new ApiAuthenticationException(ApiFailure.SIGNATURE_INVALID, "signature is not hex or base64"));
        String canonical = CanonicalRequest.of(request.method(), request.path(), request.timestamp(),
                request.nonce(), request.body());
        boolean valid = credential.secrets().stream()
                .anyMatch(secret -> Hmac.matches(Hmac.sign(secret, canonical), received));
        if (!valid) {
            throw new ApiAuthenticationException(ApiFailure.SIGNATURE_INVALID,
                    "signature does not match for " + credential.keyId());
        }
    }

    private static StationProfile activeStation(long stationId, Optional<StationProfile> profile) {
        StationProfile station = profile
                .orElseThrow(() -> new IllegalStateException("Credential of missing station " + stationId));
        if (station.status() == StationStatus.DISABLED) {
            throw new ApiAuthenticationException(ApiFailure.STATION_DISABLED, "station " + station.code()
                    + " is disabled", station.code());
        }
        return station;
    }

    /** Keeps the nonce as long as a request with this timestamp could still pass the window check. */
    private void useNonce(SignedRequest request, Instant timestamp) {
        Instant now = clock.instant();
        Instant expiresAt = (timestamp.isAfter(now) ? timestamp : now).plus(tolerance);
        if (!nonces.use(request.keyId(), request.nonce(), expiresAt)) {
            throw new ApiAuthenticationException(ApiFailure.NONCE_REUSED, "nonce " + request.nonce()
                    + " already used with " + request.keyId());
        }
    }
}
