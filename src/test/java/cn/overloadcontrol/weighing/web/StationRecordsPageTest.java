package cn.overloadcontrol.weighing.web;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.ingest.ChainCheckReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Map;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The newest records of a station, with driver data masked, and the chain check button. */
@IntegrationTest
class StationRecordsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;

    @BeforeEach
    void storeRecord() throws Exception {
        station = data.stationWithKey();
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(),
                SampleRecords.json(SampleRecords.sixAxle(TestData.unique("PAGE-"))))).andExpect(status().isCreated());
    }

    @Test
    void listMasksDriverData() throws Exception {
        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(StationRecordsController.VIEW))
                .andExpect(model().attribute("records", org.hamcrest.Matchers.hasSize(1)))
                .andExpect(content().string(containsString("张*")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(containsString("52.40")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(not(containsString("140581199001011234"))));
    }

    @Test
    void recordNumberLinksToDetail() throws Exception {
        long id = jdbc.queryForObject("select id from weighing_record where station_id = ?", Long.class,
                station.stationId());

        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/weighings/" + id + "\"")));
    }

    @Test
    void recordWithoutDriverShowsEmptyCell() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("NODRIVER-"));
        record.remove("driverName");
        record.remove("driverIdNumber");
        record.remove("driverPhone");
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), SampleRecords.json(record)))
                .andExpect(status().isCreated());

        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td></td>")))
                .andExpect(content().string(not(containsString(">null"))));
        mvc.perform(get("/weighings").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">null"))));
    }

    @Test
    void otherTownGetsNotFound() throws Exception {
        long otherArea = data.areas().get(1).id();
        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.town(otherArea)))
                .andExpect(status().isNotFound());
    }

    @Test
    void chainCheckReportsIntactChain() throws Exception {
        MvcResult result = mvc.perform(post("/stations/{id}/records/chain-check", station.stationId())
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + station.stationId() + "/records"))
                .andReturn();

        ChainCheckReport report = (ChainCheckReport) result.getFlashMap().get("chainReport");
        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(1);

        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.office())
                        .flashAttr("chainReport", report))
                .andExpect(content().string(containsString("已校验 1 条记录和 0 条更正记录，未发现删除或修改。")))
                .andExpect(content().string(not(containsString("更正记录 0 条"))));
    }

    @Test
    void brokenChainNamesPositionAndCause() throws Exception {
        ChainCheckReport broken = new ChainCheckReport(station.stationId(), 3, 0, new ChainCheckReport.ChainBreak(
                ChainCheckReport.Kind.RECORD_MISSING, 77L, 3, "N-3"));

        mvc.perform(get("/stations/{id}/records", station.stationId()).with(TestPrincipal.office())
                        .flashAttr("chainReport", broken))
                .andExpect(content().string(containsString("第 3 条（记录编号 N-3）")))
                .andExpect(content().string(containsString("前面的记录被删除")));
    }
}
