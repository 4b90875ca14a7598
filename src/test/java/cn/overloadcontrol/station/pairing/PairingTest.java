package cn.overloadcontrol.station.pairing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Pairing codes: made on the station page, redeemed once by the station PC for a credential. */
@IntegrationTest
class PairingTest {

    /** Each test sends from its own loopback address, because wrong attempts count per address. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ISSUED_ATTRIBUTE = "issuedPairingCode";
    private static final String ISSUED_VIEW = "station/pairing-issued";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PairingService pairing;
    @Autowired
    StationService stations;
    @Autowired
    JdbcTemplate jdbc;

    long unitId;
    long stationId;
    String stationCode;
    String address;

    @BeforeEach
    void createStation() {
        unitId = data.createUnit(data.areas().get(0).id());
        stationId = data.createStation(unitId);
        stationCode = data.asOffice(() -> stations.view(stationId).code());
        address = "127.0.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.incrementAndGet() % 250 + 1);
    }

    @Test
    void installerGetsCodeShownOnce() throws Exception {
        MvcResult created = mvc.perform(post("/stations/{id}/pairing-codes", stationId)
                        .with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + stationId + "/pairing-codes/issued"))
                .andReturn();
        IssuedPairingCode issued = (IssuedPairingCode) created.getFlashMap().get(ISSUED_ATTRIBUTE);

        mvc.perform(get("/stations/{id}/pairing-codes/issued", stationId)
                        .with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL))
                        .flashAttr(ISSUED_ATTRIBUTE, issued))
                .andExpect(status().isOk())
                .andExpect(view().name(ISSUED_VIEW))
                .andExpect(model().attributeExists("station"));
        mvc.perform(get("/stations/{id}/pairing-codes/issued", stationId)
                        .with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)))
                .andExpect(redirectedUrl("/stations/" + stationId));

        assertThat(issued.code()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(issued.expiresAt()).isBetween(java.time.Instant.now().plus(Duration.ofHours(23)),
                java.time.Instant.now().plus(Duration.ofHours(25)));
        assertThat(jdbc.queryForObject("select count(*) from station_pairing_code where code_hash = ?", Long.class,
                issued.code().replace("-", ""))).isZero();
    }

    @Test
    void redeemedCodeIssuesWorkingCredential() throws Exception {
        String code = newCode();

        JsonNode answer = redeem(code, null).andExpect(status().isOk()).andReturnJson();

        assertThat(answer.path("stationCode").asString()).isEqualTo(stationCode);
        String keyId = answer.path("keyId").asString();
        String secret = answer.path("secret").asString();
        mvc.perform(signedPost("/api/v1/heartbeats", keyId, secret, "{\"backlog\":0}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select issued_key_id from station_pairing_code where station_id = ?",
                String.class, stationId)).isEqualTo(keyId);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'station_pairing_code' and object_label = ?
                and result = 'SUCCESS'""", Long.class, stationCode)).isEqualTo(2);
    }

    @Test
    void reusedCodeIsRejected() throws Exception {
        String code = newCode();
        redeem(code, null).andExpect(status().isOk());

        redeem(code, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("pairing_code_used"));
    }

    @Test
    void expiredCodeIsRejected() {
        String code = newCode();

        assertThatThrownBy(() -> pairing.redeem(code, null, address,
                java.time.Instant.now().plus(Duration.ofHours(24)).plusSeconds(5)))
                .isInstanceOfSatisfying(PairingRejectedException.class,
                        e -> assertThat(e.failure()).isEqualTo(PairingFailure.CODE_EXPIRED));
    }

    @Test
    void newerCodeReplacesOlder() throws Exception {
        String older = newCode();
        String newer = newCode();

        redeem(older, null).andExpect(jsonPath("$.code").value("pairing_code_replaced"));
        redeem(newer, null).andExpect(status().isOk());
    }

    @Test
    void wrongCodesAreLimitedPerAddress() throws Exception {
        String code = newCode();
        for (int attempt = 1; attempt <= 5; attempt++) {
            redeem("2222-3333-4444", null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("pairing_code_invalid"));
        }

        redeem(code, null)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("pairing_rate_limited"));

        address = address + "1";
        redeem(code, null).andExpect(status().isOk());
    }

    @Test
    void malformedCodeCountsAsWrong() throws Exception {
        redeem("", null).andExpect(jsonPath("$.code").value("pairing_code_invalid"));
        redeem("O0I1-O0I1-O0I1", null).andExpect(jsonPath("$.code").value("pairing_code_invalid"));
    }

    @Test
    void codeOfAnotherStationIsRejectedAndKept() throws Exception {
        String code = newCode();
        long otherStation = data.createStation(unitId);
        String otherCode = data.asOffice(() -> stations.view(otherStation).code());

        redeem(code, otherCode)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("pairing_station_mismatch"));
        redeem(code, stationCode).andExpect(status().isOk());
    }

    @Test
    void installerOfAnotherUnitGetsNoCode() throws Exception {
        long otherUnit = data.createUnit(data.areas().get(0).id());

        mvc.perform(post("/stations/{id}/pairing-codes", stationId)
                        .with(TestPrincipal.as(Role.INSTALLER, DataScope.unit(otherUnit))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from station_pairing_code where station_id = ?", Long.class,
                stationId)).isZero();
    }

    @Test
    void codeOfMovedStationIsRejected() {
        String code = newCode();
        jdbc.update("update station_pairing_code set unit_id = unit_id + 1000000 where station_id = ?", stationId);

        assertThatThrownBy(() -> pairing.redeem(code, null, address))
                .isInstanceOfSatisfying(PairingRejectedException.class,
                        e -> assertThat(e.failure()).isEqualTo(PairingFailure.STATION_MISMATCH));
    }

    @Test
    void userWithoutCredentialRightGetsNoCode() throws Exception {
        mvc.perform(post("/stations/{id}/pairing-codes", stationId).with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String newCode() {
        return data.asOffice(() -> pairing.create(stationId)).code();
    }

    private JsonResult redeem(String code, String expectedStationCode) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("code", code,
                "stationCode", expectedStationCode == null ? "" : expectedStationCode));
        ResultActions actions = mvc.perform(post("/api/v1/pairing")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
        return new JsonResult(actions);
    }

    /** A response with a shortcut to its JSON body. */
    private record JsonResult(ResultActions actions) {

        JsonResult andExpect(org.springframework.test.web.servlet.ResultMatcher matcher) throws Exception {
            actions.andExpect(matcher);
            return this;
        }

        JsonNode andReturnJson() throws Exception {
            return JSON.readTree(actions.andReturn().getResponse().getContentAsByteArray());
        }
    }
}
