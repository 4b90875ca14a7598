package cn.overloadcontrol.station.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.station.LaneFields;
import cn.overloadcontrol.station.StationFields;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.IssuedCredential;
import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HMAC authentication of /api/**: each way a request can fail, with its status and code. */
@IntegrationTest
class ApiAuthenticationTest {

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
    StationRateLimiter rateLimiter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NonceStore nonces;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    private String body() {
        return SampleRecords.json(SampleRecords.sixAxle(TestData.unique("AUTH-")));
    }

    private ResultActions send(RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private ResultActions expectError(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    void correctSignatureIsAcceptedWithoutCsrfOrSession() throws Exception {
        send(signedPost(PATH, station.keyId(), station.secret(), body()))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void isoTimestampAndBase64SignatureAreAccepted() throws Exception {
        String json = body();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String timestamp = OffsetDateTime.now(ZoneOffset.ofHours(8)).toString();
        String nonce = ApiSigner.newNonce();
        String signature = Base64.getEncoder().encodeToString(
                Hmac.sign(station.secret(), CanonicalRequest.of("POST", PATH, timestamp, nonce, bytes)));

        send(post(PATH).contentType(MediaType.APPLICATION_JSON).content(bytes)
                .header("X-Key-Id", station.keyId()).header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce).header("X-Signature", signature))
                .andExpect(status().isCreated());
    }

    @Test
    void wrongSecretIsRejected() throws Exception {
        expectError(send(signedPost(PATH, station.keyId(), "not-the-secret", body())), 401, "signature_invalid");
    }

    @Test
    void bodyAlteredAfterSigningIsRejected() throws Exception {
        String signed = body();
        String altered = signed.replace("52400", "42400");
        byte[] signedBytes = signed.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();

        send(post(PATH).contentType(MediaType.APPLICATION_JSON).content(altered)
                .header("X-Key-Id", station.keyId()).header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(station.secret(), "POST", PATH, timestamp, nonce,
                        signedBytes)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("signature_invalid"));
    }

    @Test
    void staleTimestampIsRejected() throws Exception {
        String sixMinutesAgo = Long.toString(System.currentTimeMillis() - Duration.ofMinutes(6).toMillis());
        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body(), sixMinutesAgo,
                ApiSigner.newNonce())), 401, "timestamp_out_of_window")
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith(
                        "X-Timestamp“" + sixMinutesAgo + "”与平台时间相差 36")))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("+08:00）")));
    }

    @Test
    void futureTimestampIsRejected() throws Exception {
        String sixMinutesAhead = Long.toString(System.currentTimeMillis() + Duration.ofMinutes(6).toMillis());
        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body(), sixMinutesAhead,
                ApiSigner.newNonce())), 401, "timestamp_out_of_window");
    }

    @Test
    void unparsableTimestampIsRejected() throws Exception {
        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body(), "yesterday",
                ApiSigner.newNonce())), 401, "timestamp_invalid");
    }

    @Test
    void replayedNonceIsRejected() throws Exception {
        String nonce = ApiSigner.newNonce();
        String timestamp = Long.toString(System.currentTimeMillis());
        String json = body();
        send(signedPost(PATH, station.keyId(), station.secret(), json, timestamp, nonce))
                .andExpect(status().isCreated());

        expectError(send(signedPost(PATH, station.keyId(), station.secret(), json, timestamp, nonce)), 401,
                "nonce_reused")
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("X-Nonce“" + nonce + "”")));
    }

    @Test
    void malformedNonceIsRejected() throws Exception {
        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body(),
                Long.toString(System.currentTimeMillis()), "short")), 401, "nonce_invalid");
    }

    @Test
    void unknownKeyIsRejected() throws Exception {
        expectError(send(signedPost(PATH, "ak00000000000000000000", station.secret(), body())), 401, "key_unknown")
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith(
                        "密钥ID“ak00000000000000000000”不存在")));
    }

    @Test
    void revokedKeyIsRejected() throws Exception {
        data.asOffice(() -> credentials.revoke(station.stationId(), station.keyId()));

        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body())), 401, "key_revoked");
    }

    @Test
    void missingHeaderIsNamed() throws Exception {
        send(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body())
                .header("X-Key-Id", station.keyId()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth_header_missing"))
                .andExpect(jsonPath("$.message").value(containsString("X-Timestamp")));
    }

    @Test
    void disabledStationIsForbidden() throws Exception {
        data.asOffice(() -> {
            var view = stations.view(station.stationId());
            stations.update(station.stationId(), new StationFields(view.unitId(), view.code(), view.name(),
                    StationStatus.DISABLED, List.of(new LaneFields(1, "1号磅", LaneDirection.OUTBOUND))),
                    view.version());
        });

        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body())), 403, "station_disabled");
    }

    @Test
    void rotationKeepsOldSecretDuringGrace() throws Exception {
        IssuedCredential rotated = data.asOffice(() -> credentials.rotate(station.stationId(), station.keyId(),
                false));

        send(signedPost(PATH, station.keyId(), station.secret(), body())).andExpect(status().isCreated());
        send(signedPost(PATH, station.keyId(), rotated.secret(), body())).andExpect(status().isCreated());
    }

    @Test
    void rotationAtOnceInvalidatesOldSecret() throws Exception {
        IssuedCredential rotated = data.asOffice(() -> credentials.rotate(station.stationId(), station.keyId(),
                true));

        expectError(send(signedPost(PATH, station.keyId(), station.secret(), body())), 401, "signature_invalid");
        send(signedPost(PATH, station.keyId(), rotated.secret(), body())).andExpect(status().isCreated());
    }

    @Test
    void exhaustedBucketAnswers429WithRetryAfter() throws Exception {
        while (rateLimiter.tryAcquire(station.stationId()).isZero()) {
            // drain the station's bucket
        }

        ResultActions rejected = send(signedPost(PATH, station.keyId(), station.secret(), body()));

        expectError(rejected, 429, "rate_limited");
        rejected.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")));
    }

    @Test
    void unknownApiPathAnswersJson() throws Exception {
        expectError(send(signedPost("/api/v1/nothing-here", station.keyId(), station.secret(), "{}")), 404,
                "not_found");
    }

    @Test
    void unsignedGetAnswersJsonNotLoginPage() throws Exception {
        send(get(PATH)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void wrongMethodAnswersJson() throws Exception {
        // The signature covers the method, so the PUT is signed as a PUT.
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        send(put(PATH)
                .header("X-Key-Id", station.keyId()).header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(station.secret(), "PUT", PATH, timestamp, nonce,
                        new byte[0])))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("method_not_allowed"));
    }

    @Test
    void secretIsStoredOnlyEncrypted() {
        String stored = jdbc.queryForObject("select secret_ciphertext from station_credential where key_id = ?",
                String.class, station.keyId());
        assertThat(stored).startsWith("v1:").doesNotContain(station.secret());
    }

    @Test
    void nonJsonBodyAnswersUnsupportedMediaType() throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        byte[] body = "grossKg=52400".getBytes(StandardCharsets.UTF_8);

        send(post(PATH).contentType(MediaType.TEXT_PLAIN).content(body)
                .header("X-Key-Id", station.keyId()).header("X-Timestamp", timestamp).header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(station.secret(), "POST", PATH, timestamp, nonce, body)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported_media_type"));
    }

    @Test
    void expiredNoncesAreDeleted() {
        jdbc.update("insert into api_nonce (key_id, nonce, expires_at)"
                + " values (?, 'old-nonce-1', now() - interval '1 minute')", station.keyId());
        jdbc.update("insert into api_nonce (key_id, nonce, expires_at)"
                + " values (?, 'new-nonce-1', now() + interval '1 minute')", station.keyId());

        nonces.deleteExpired();

        assertThat(jdbc.queryForList("select nonce from api_nonce where key_id = ?", String.class, station.keyId()))
                .containsExactly("new-nonce-1");
    }
}
