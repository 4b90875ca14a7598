package cn.overloadcontrol.station.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.ProblemMessages;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.CredentialStatus;
import cn.overloadcontrol.station.credential.VerificationSecrets;
import org.springframework.stereotype.Component;

/**
 * Checks a signed request in a fixed order: headers, key, timestamp, signature, station status
 * and last the nonce, so that only a correctly signed request uses up its nonce. The key's
 * secrets and station come from {@link CredentialCache}, and the nonce insert confirms in the
 * same statement that they are still current.
 */
@Component
class SignatureVerifier {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("[0-9]{1,15}");

    /**
     * Maximum number of reads of a credential for one request. Each read after the first follows
     * a change that another transaction committed between a read and the nonce insert.
     */
    private static final int MAX_LOADS = 3;

    private final CredentialCache cache;
    private final NonceStore nonces;
    private final Duration tolerance;
    private final Clock clock = Clock.systemUTC();

    SignatureVerifier(CredentialCache cache, NonceStore nonces, ApiProperties properties) {
        this.cache = cache;
        this.nonces = nonces;
        this.tolerance = properties.timestampTolerance();
    }

    /**
     * Returns the station that signed the request. A request is first checked against the
     * cached credential. When that check rejects it, or the nonce insert finds the cached rows
     * changed, the credential is read again and the request checked anew. So a cache entry can
     * neither accept a request that the database would reject nor reject one it would accept.
     *
     * @throws ApiAuthenticationException naming the first check that failed
     */
    StationPrincipal verify(SignedRequest request) {
        requireHeaders(request);
        String keyId = request.keyId();
        Optional<CredentialCache.Entry> cached = cache.find(keyId, clock.instant());
        if (cached.isPresent()) {
            try {
                Optional<StationPrincipal> station = verifyWith(request, cached.get());
                if (station.isPresent()) {
                    return station.get();
                }
            } catch (ApiAuthenticationException e) {
                // Decided on cached data: decide again on fresh data below.
            }
            cache.evict(keyId);
        }
        for (int load = 1; load <= MAX_LOADS; load++) {
            Optional<StationPrincipal> station = verifyWith(request, cache.load(keyId));
            if (station.isPresent()) {
                return station.get();
            }
        }
        throw new IllegalStateException("Credential " + keyId + " changed during each of " + MAX_LOADS
                + " checks of one request");
    }

    /**
     * Checks the request against one reading of its credential.
     *
     * @return the station, or empty when the credential's rows changed since that reading
     */
    private Optional<StationPrincipal> verifyWith(SignedRequest request, CredentialCache.Entry entry) {
        VerificationSecrets credential = entry.credential();
        if (credential.status() == CredentialStatus.REVOKED) {
            throw new ApiAuthenticationException(ApiFailure.KEY_REVOKED, "credential " + request.keyId() + " revoked",
                    request.keyId());
        }

        Instant timestamp = checkTimestamp(request.timestamp());
        checkSignature(request, credential);
        StationProfile station = activeStation(credential.stationId(), entry.station());
        if (!useNonce(request, timestamp, entry.fingerprint())) {
            return Optional.empty();
        }
        return Optional.of(new StationPrincipal(station.stationId(), station.code(), credential.keyId(), station));
    }

    private static void requireHeaders(SignedRequest request) {
        require(request.keyId(), SignedRequest.KEY_ID_HEADER);
        require(request.timestamp(), SignedRequest.TIMESTAMP_HEADER);
        require(request.nonce(), SignedRequest.NONCE_HEADER);
        require(request.signature(), SignedRequest.SIGNATURE_HEADER);
        if (!NONCE.matcher(request.nonce()).matches()) {
            throw new ApiAuthenticationException(ApiFailure.NONCE_INVALID, "nonce " + request.nonce(),
                    ProblemMessages.shortened(request.nonce()));
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
                    tolerance.toSeconds(), clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(CHINA).toString(),
                    ProblemMessages.shortened(text), offset.toSeconds());
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
            throw new ApiAuthenticationException(ApiFailure.TIMESTAMP_INVALID, "timestamp " + text,
                    ProblemMessages.shortened(text));
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

    /**
     * Keeps the nonce as long as a request with this timestamp could still pass the window check.
     *
     * @return {@code false} when the credential's rows changed since {@code fingerprint} was read
     */
    private boolean useNonce(SignedRequest request, Instant timestamp, String fingerprint) {
        Instant now = clock.instant();
        Instant expiresAt = (timestamp.isAfter(now) ? timestamp : now).plus(tolerance);
        NonceStore.Use use = nonces.useIfCurrent(request.keyId(), request.nonce(), expiresAt, fingerprint);
        if (use == NonceStore.Use.REUSED) {
            throw new ApiAuthenticationException(ApiFailure.NONCE_REUSED, "nonce " + request.nonce()
                    + " already used with " + request.keyId(), request.nonce());
        }
        return use == NonceStore.Use.USED;
    }
}
