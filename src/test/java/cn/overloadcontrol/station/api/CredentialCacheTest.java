package cn.overloadcontrol.station.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.station.LaneFields;
import cn.overloadcontrol.station.StationFields;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.StationView;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.CredentialStatus;
import cn.overloadcontrol.station.credential.IssuedCredential;
import cn.overloadcontrol.station.credential.VerificationSecrets;
import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The credential cache of the signed API. A change committed to a credential or its station
 * rejects the very next request, although an earlier request left the credential cached. This
 * holds also in a second app instance that has its own cache on the same database.
 */
@IntegrationTest
class CredentialCacheTest {

    private static final String PATH = "/api/v1/weighings";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CredentialService credentials;
    @Autowired
    StationService stations;
    @Autowired
    CredentialCache cache;
    @Autowired
    NonceStore nonces;
    @Autowired
    ApiProperties properties;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    @Test
    void acceptedRequestCachesCredential() throws Exception {
        send(station.secret()).andExpect(status().isCreated());

        assertThat(cache.find(station.keyId(), Instant.now())).isPresent();
    }

    @Test
    void revokeRejectsNextRequestAtOnce() throws Exception {
        send(station.secret()).andExpect(status().isCreated());

        data.asOffice(() -> credentials.revoke(station.stationId(), station.keyId()));

        send(station.secret()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("key_revoked"));
    }

    @Test
    void rotationAtOnceRejectsOldSecret() throws Exception {
        send(station.secret()).andExpect(status().isCreated());

        IssuedCredential rotated = data.asOffice(() -> credentials.rotate(station.stationId(), station.keyId(),
                true));

        send(station.secret()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("signature_invalid"));
        send(rotated.secret()).andExpect(status().isCreated());
    }

    @Test
    void disabledThenEnabledStation() throws Exception {
        send(station.secret()).andExpect(status().isCreated());

        setStatus(StationStatus.DISABLED);
        send(station.secret()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("station_disabled"));

        setStatus(StationStatus.ACTIVE);
        send(station.secret()).andExpect(status().isCreated());
    }

    @Test
    void secondInstanceRejectsAtOnceAfterRevoke() {
        SignatureVerifier first = new SignatureVerifier(newCache(), nonces, properties);
        SignatureVerifier second = new SignatureVerifier(newCache(), nonces, properties);
        assertThat(first.verify(signed(station.secret())).stationId()).isEqualTo(station.stationId());
        assertThat(second.verify(signed(station.secret())).stationId()).isEqualTo(station.stationId());

        data.asOffice(() -> credentials.revoke(station.stationId(), station.keyId()));

        assertThatThrownBy(() -> second.verify(signed(station.secret())))
                .isInstanceOfSatisfying(ApiAuthenticationException.class,
                        e -> assertThat(e.failure()).isEqualTo(ApiFailure.KEY_REVOKED));
        assertThatThrownBy(() -> first.verify(signed(station.secret())))
                .isInstanceOfSatisfying(ApiAuthenticationException.class,
                        e -> assertThat(e.failure()).isEqualTo(ApiFailure.KEY_REVOKED));
    }

    @Test
    void secondInstanceRejectsAtOnceAfterStationDisabled() {
        SignatureVerifier second = new SignatureVerifier(newCache(), nonces, properties);
        StationPrincipal accepted = second.verify(signed(station.secret()));
        assertThat(accepted.profile().status()).isEqualTo(StationStatus.ACTIVE);

        setStatus(StationStatus.DISABLED);

        assertThatThrownBy(() -> second.verify(signed(station.secret())))
                .isInstanceOfSatisfying(ApiAuthenticationException.class,
                        e -> assertThat(e.failure()).isEqualTo(ApiFailure.STATION_DISABLED));
    }

    @Test
    void nonceOfStaleReadIsNotUsed() {
        CredentialCache.Entry before = cache.load(station.keyId());
        data.asOffice(() -> credentials.rotate(station.stationId(), station.keyId(), false));
        String nonce = ApiSigner.newNonce();
        Instant expiresAt = Instant.now().plus(properties.timestampTolerance());

        assertThat(nonces.useIfCurrent(station.keyId(), nonce, expiresAt, before.fingerprint()))
                .isEqualTo(NonceStore.Use.STALE);
        String current = cache.load(station.keyId()).fingerprint();
        assertThat(nonces.useIfCurrent(station.keyId(), nonce, expiresAt, current)).isEqualTo(NonceStore.Use.USED);
        assertThat(nonces.useIfCurrent(station.keyId(), nonce, expiresAt, current))
                .isEqualTo(NonceStore.Use.REUSED);
    }

    @Test
    void entryEndsWithGracePeriodOfPreviousSecret() {
        Instant graceEnd = Instant.now().plusSeconds(60);
        VerificationSecrets secrets = new VerificationSecrets(station.keyId(), station.stationId(),
                CredentialStatus.ACTIVE, List.of("current", "previous"), graceEnd);
        CredentialCache.Entry entry = new CredentialCache.Entry(secrets, Optional.empty(), "fingerprint");

        assertThat(entry.usableAt(graceEnd.minusSeconds(1))).isTrue();
        assertThat(entry.usableAt(graceEnd)).isFalse();
    }

    private ResultActions send(String secret) throws Exception {
        String json = SampleRecords.json(SampleRecords.sixAxle(TestData.unique("CACHE-")));
        return mvc.perform(signedPost(PATH, station.keyId(), secret, json));
    }

    private SignedRequest signed(String secret) {
        byte[] body = SampleRecords.json(SampleRecords.sixAxle(TestData.unique("CACHE-")))
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        return new SignedRequest("POST", PATH, station.keyId(), timestamp, nonce,
                ApiSigner.signature(secret, "POST", PATH, timestamp, nonce, body), body);
    }

    /** Creates a cache of its own, as a second app instance on the same database has. */
    private CredentialCache newCache() {
        return new CredentialCache(credentials, stations, jdbc, transactionManager);
    }

    private void setStatus(StationStatus status) {
        data.asOffice(() -> {
            StationView view = stations.view(station.stationId());
            stations.update(station.stationId(), new StationFields(view.unitId(), view.code(), view.name(), status,
                    List.of(new LaneFields(1, "1号磅", LaneDirection.OUTBOUND))), view.version());
        });
    }
}
