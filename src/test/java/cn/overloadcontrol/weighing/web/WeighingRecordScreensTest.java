package cn.overloadcontrol.weighing.web;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.ingest.RecordDetail;
import cn.overloadcontrol.weighing.ingest.RecordListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The record list, its live rows, the detail page and the plate history. */
@IntegrationTest
class WeighingRecordScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;
    String plate;
    long overId;
    long compliantId;

    @BeforeEach
    void storeRecords() throws Exception {
        station = data.stationWithKey();
        plate = Plates.unique();
        compliantId = RecordSender.send(mvc, station, RecordSender.record(plate, 48_000, "RELEASE"));
        overId = RecordSender.send(mvc, station, RecordSender.record(plate, 52_400, "RELEASE"));
    }

    @Test
    void listShowsNewestFirstInTonnesWithDriverMasked() throws Exception {
        mvc.perform(get("/weighings").param("unitId", String.valueOf(station.unitId())).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.LIST_VIEW))
                .andExpect(content().string(containsString("52.40")))
                .andExpect(content().string(containsString("张*")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
        assertThat(ids(get("/weighings").param("unitId", String.valueOf(station.unitId())), TestPrincipal.office()))
                .containsExactly(overId, compliantId);
    }

    @Test
    void filtersNarrowByVerdictPlateAndStation() throws Exception {
        assertThat(ids(get("/weighings").param("stationId", String.valueOf(station.stationId()))
                .param("verdict", "OVER_LIMIT"), TestPrincipal.office())).containsExactly(overId);
        assertThat(ids(get("/weighings").param("plate", plate).param("verdict", "COMPLIANT"), TestPrincipal.office()))
                .containsExactly(compliantId);
        assertThat(ids(get("/weighings").param("unitId", String.valueOf(station.unitId()))
                .param("flag", "NO_READABLE_PLATE"), TestPrincipal.office())).isEmpty();
        assertThat(ids(get("/weighings").param("unitId", String.valueOf(station.unitId()))
                .param("from", "2020-01-01").param("to", "2020-01-31"), TestPrincipal.office())).isEmpty();
    }

    @Test
    void otherTownSeesNoneOfTheRecords() throws Exception {
        long otherArea = data.areas().get(1).id();
        assertThat(ids(get("/weighings").param("plate", plate), TestPrincipal.town(otherArea))).isEmpty();
        assertThat(ids(get("/weighings").param("plate", plate), TestPrincipal.town(station.areaId())))
                .containsExactly(overId, compliantId);
    }

    @Test
    void liveRowsFragmentShowsTheFirstPage() throws Exception {
        mvc.perform(get("/weighings/rows").param("plate", plate).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.ROWS_VIEW))
                .andExpect(content().string(containsString("id=\"record-rows\"")))
                .andExpect(content().string(not(containsString("<main"))));
    }

    @Test
    void unchangedRowsAnsweredWithNoContent() throws Exception {
        String token = mvc.perform(get("/weighings/rows").param("plate", plate).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("changeToken").toString();

        mvc.perform(get("/weighings/rows").param("plate", plate).param("known", token)
                        .with(TestPrincipal.office()))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
    }

    @Test
    void newRecordChangesTheToken() throws Exception {
        String token = mvc.perform(get("/weighings").param("plate", plate).with(TestPrincipal.office()))
                .andExpect(content().string(containsString("data-token=\"")))
                .andReturn().getModelAndView().getModel().get("changeToken").toString();
        RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("TOKEN-")));

        mvc.perform(get("/weighings/rows").param("plate", plate).param("known", token)
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.ROWS_VIEW))
                .andExpect(content().string(containsString("id=\"record-rows\"")));
    }

    @Test
    void detailExplainsTheLimitAndShowsFullDriverDataToOfficers() throws Exception {
        mvc.perform(get("/weighings/{id}", overId).with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.DETAIL_VIEW))
                .andExpect(model().attribute("personalShown", true))
                .andExpect(content().string(containsString("13812345678")))
                .andExpect(content().string(containsString("140581199001011234")))
                .andExpect(content().string(containsString("限值为 49.00 吨")))
                .andExpect(content().string(containsString("超出限值 3.40 吨，超限率 6.94%，结论：超限")))
                .andExpect(content().string(containsString("违法放行（超限放行）")));
    }

    @Test
    void detailNamesStation() throws Exception {
        Map<String, Object> stored = jdbc.queryForMap("select name, code from weigh_station where id = ?",
                station.stationId());

        mvc.perform(get("/weighings/{id}", overId).with(TestPrincipal.town(station.areaId())))
                .andExpect(status().isOk())
                .andExpect(model().attribute("stationLabel", stored.get("name") + " (" + stored.get("code") + ")"))
                .andExpect(content().string(containsString(stored.get("name") + " (" + stored.get("code") + ")")));
    }

    @Test
    void detailMasksDriverDataWithoutThePermission() throws Exception {
        MvcResult result = mvc.perform(get("/weighings/{id}", overId).with(TestPrincipal.town(station.areaId())))
                .andExpect(status().isOk())
                .andExpect(model().attribute("personalShown", false))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(not(containsString("140581199001011234"))))
                .andReturn();
        RecordDetail record = (RecordDetail) result.getModelAndView().getModel().get("record");
        assertThat(record.driverName()).isEqualTo("张*");
    }

    @Test
    void recordOfAnotherTownIsNotFound() throws Exception {
        long otherArea = data.areas().get(1).id();
        mvc.perform(get("/weighings/{id}", overId).with(TestPrincipal.town(otherArea)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/weighings/{id}", overId).with(TestPrincipal.as(Role.ENTERPRISE_USER,
                        DataScope.unit(station.unitId() + 1_000_000))))
                .andExpect(status().isNotFound());
    }

    @Test
    void plateHistoryListsAllUnitsRecordsNewestFirst() throws Exception {
        TestData.StationWithKey other = data.stationWithKey();
        long elsewhere = RecordSender.send(mvc, other, RecordSender.record(plate, 30_000, "RELEASE"));

        assertThat(ids(get("/weighings/plates/{plate}", plate), TestPrincipal.office()))
                .containsExactly(elsewhere, overId, compliantId);
        assertThat(ids(get("/weighings/plates/{plate}", plate), TestPrincipal.enterprise(other.unitId())))
                .containsExactly(elsewhere);
    }

    @Test
    void installerWithoutViewPermissionIsForbidden() throws Exception {
        mvc.perform(get("/weighings").with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)))
                .andExpect(status().isForbidden());
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn();
        Page<RecordListItem> page = (Page<RecordListItem>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(item -> item.row().id()).toList();
    }

}
