package cn.overloadcontrol.station.web;

import java.util.List;

import cn.overloadcontrol.station.StationRow;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.IssuedCredential;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The station screens: lists in scope, create and edit with field errors, credentials shown once. */
@IntegrationTest
class StationScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    long areaA;
    long areaB;
    long unitA;
    long stationA;

    @BeforeEach
    void createStationInAreaA() {
        areaA = data.areas().get(0).id();
        areaB = data.areas().get(1).id();
        unitA = data.createUnit(areaA);
        stationA = data.createStation(unitA);
    }

    @SuppressWarnings("unchecked")
    private List<Long> listedIds(MvcResult result) {
        Page<StationRow> page = (Page<StationRow>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(StationRow::id).toList();
    }

    @Test
    void officeListsStationsOfUnit() throws Exception {
        MvcResult result = mvc.perform(get("/units/{id}/stations", unitA).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(StationController.LIST_VIEW))
                .andExpect(model().attributeExists("unit"))
                .andReturn();

        assertThat(listedIds(result)).containsExactly(stationA);
    }

    @Test
    void townUserListsOnlyOwnArea() throws Exception {
        // The keyword keeps station A on the first page however many stations other tests added.
        String code = jdbc.queryForObject("select code from weigh_station where id = ?", String.class, stationA);
        MvcResult own = mvc.perform(get("/stations").param("keyword", code).with(TestPrincipal.town(areaA)))
                .andExpect(status().isOk()).andReturn();
        MvcResult other = mvc.perform(get("/stations").param("keyword", code).with(TestPrincipal.town(areaB)))
                .andExpect(status().isOk()).andReturn();

        assertThat(listedIds(own)).contains(stationA);
        assertThat(listedIds(other)).doesNotContain(stationA);
    }

    @Test
    void otherTownsStationIsNotFound() throws Exception {
        mvc.perform(get("/stations/{id}", stationA).with(TestPrincipal.town(areaB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/{id}/stations", unitA).with(TestPrincipal.town(areaB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/stations/{id}", stationA).with(TestPrincipal.town(areaA)))
                .andExpect(status().isOk())
                .andExpect(view().name(StationController.DETAIL_VIEW));
    }

    @Test
    void deviceToolsHaveOwnLoadingText() throws Exception {
        mvc.perform(get("/stations/{id}", stationA).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("正在加载设备…")));
    }

    @Test
    void enterpriseUserSeesOnlyOwnUnit() throws Exception {
        mvc.perform(get("/stations/{id}", stationA).with(TestPrincipal.enterprise(unitA)))
                .andExpect(status().isOk());
        mvc.perform(get("/stations/{id}", stationA).with(TestPrincipal.enterprise(unitA + 100_000)))
                .andExpect(status().isNotFound());
    }

    @Test
    void createFormOffersUnitsAndEmptyLaneRows() throws Exception {
        mvc.perform(get("/stations/new").param("unitId", Long.toString(unitA)).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(StationController.FORM_VIEW))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("unitId",
                        org.hamcrest.Matchers.is(unitA))))
                .andExpect(model().attributeExists("units"));
    }

    @Test
    void createStoresStationAndAuditsIt() throws Exception {
        String name = TestData.unique("新磅房");
        MvcResult result = mvc.perform(post("/stations").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitA))
                        .param("name", name)
                        .param("status", "ACTIVE")
                        .param("lanes[0].laneNo", "")
                        .param("lanes[1].laneNo", "3")
                        .param("lanes[1].name", "3号磅")
                        .param("lanes[1].direction", "OUTBOUND"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/stations/*"))
                .andExpect(flash().attributeExists("success"))
                .andReturn();

        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/stations/", ""));
        String code = jdbc.queryForObject("select code from weigh_station where id = ?", String.class, id);
        assertThat(code).isEqualTo("S%05d-02".formatted(unitA));
        assertThat(jdbc.queryForObject("select count(*) from station_lane where station_id = ? and lane_no = 3",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'weigh_station'"
                + " and object_id = ? and action = 'CREATE'", Integer.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void invalidCreateShowsFieldErrors() throws Exception {
        mvc.perform(post("/stations").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitA))
                        .param("code", "bad code!")
                        .param("name", "")
                        .param("status", "ACTIVE")
                        .param("lanes[0].laneNo", "1")
                        .param("lanes[0].name", "1号磅")
                        .param("lanes[0].direction", "OUTBOUND")
                        .param("lanes[2].laneNo", "1")
                        .param("lanes[2].name", "又一个1号")
                        .param("lanes[2].direction", "INBOUND"))
                .andExpect(status().isOk())
                .andExpect(view().name(StationController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "problem.station.code_malformed"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lanes[2].laneNo",
                        "problem.station.lane_duplicate"));
    }

    @Test
    void stationWithoutLanesIsRejected() throws Exception {
        mvc.perform(post("/stations").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitA))
                        .param("name", TestData.unique("无车道"))
                        .param("status", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "lanes", "problem.station.lanes_required"));
    }

    @Test
    void townUserCannotCreateStations() throws Exception {
        mvc.perform(post("/stations").with(TestPrincipal.town(areaA)).with(csrf())
                        .param("unitId", Long.toString(unitA)).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void editChangesStatusAndAuditsIt() throws Exception {
        MvcResult form = mvc.perform(get("/stations/{id}/edit", stationA).with(TestPrincipal.office()))
                .andExpect(view().name(StationController.FORM_VIEW)).andReturn();
        StationForm edited = (StationForm) form.getModelAndView().getModel().get("form");

        mvc.perform(post("/stations/{id}", stationA).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitA))
                        .param("code", edited.getCode())
                        .param("name", edited.getName())
                        .param("status", "DISABLED")
                        .param("version", Long.toString(edited.getVersion()))
                        .param("lanes[0].laneNo", "1")
                        .param("lanes[0].name", "1号磅")
                        .param("lanes[0].direction", "OUTBOUND"))
                .andExpect(redirectedUrl("/stations/" + stationA));

        assertThat(jdbc.queryForObject("select status from weigh_station where id = ?", String.class, stationA))
                .isEqualTo(StationStatus.DISABLED.name());
        assertThat(jdbc.queryForObject("select changes::text from audit_log where object_type = 'weigh_station'"
                + " and object_id = ? and action = 'UPDATE'", String.class, Long.toString(stationA)))
                .contains("DISABLED");
    }

    @Test
    void staleEditIsRejected() throws Exception {
        mvc.perform(post("/stations/{id}", stationA).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitA))
                        .param("name", "改名")
                        .param("status", "ACTIVE")
                        .param("version", "99")
                        .param("lanes[0].laneNo", "1")
                        .param("lanes[0].name", "1号磅")
                        .param("lanes[0].direction", "OUTBOUND"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));
    }

    @Test
    void issuedSecretIsShownOnceAndNeverAgain() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult issued = mvc.perform(post("/stations/{id}/credentials", stationA).session(session)
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + stationA + "/credentials/issued"))
                .andReturn();
        IssuedCredential credential = (IssuedCredential) issued.getFlashMap().get("issuedCredential");

        mvc.perform(get("/stations/{id}/credentials/issued", stationA).session(session)
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(CredentialController.ISSUED_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(credential.secret())));

        mvc.perform(get("/stations/{id}/credentials/issued", stationA).session(session)
                        .with(TestPrincipal.office()))
                .andExpect(redirectedUrl("/stations/" + stationA))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(get("/stations/{id}", stationA).session(session).with(TestPrincipal.office()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(credential.keyId())))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(credential.secret()))));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'station_credential'"
                + " and object_id = ?", Integer.class, credential.keyId())).isEqualTo(1);
    }

    @Test
    void rotateShowsNewSecretAndRevokeEndsCredential() throws Exception {
        IssuedCredential first = data.issue(stationA);

        MvcResult rotated = mvc.perform(post("/stations/{id}/credentials/{key}/rotate", stationA, first.keyId())
                        .param("invalidateAtOnce", "true").with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + stationA + "/credentials/issued"))
                .andReturn();
        IssuedCredential second = (IssuedCredential) rotated.getFlashMap().get("issuedCredential");
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.secret()).isNotEqualTo(first.secret());

        mvc.perform(post("/stations/{id}/credentials/{key}/revoke", stationA, first.keyId())
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + stationA))
                .andExpect(flash().attributeExists("success"));
        assertThat(jdbc.queryForObject("select status from station_credential where key_id = ?", String.class,
                first.keyId())).isEqualTo("REVOKED");
    }

    @Test
    void credentialsNeedTheirPermission() throws Exception {
        mvc.perform(post("/stations/{id}/credentials", stationA).with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
