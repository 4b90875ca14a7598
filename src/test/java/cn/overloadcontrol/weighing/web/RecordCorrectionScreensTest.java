package cn.overloadcontrol.weighing.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.ingest.RecordDetail;
import cn.overloadcontrol.weighing.ingest.RecordListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The correction form on the record's detail page, the history it leaves and who may use it. */
@IntegrationTest
class RecordCorrectionScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;
    String plate;
    /** Five axles, 45,000 kg against 43,000 kg, released. */
    long recordId;

    @BeforeEach
    void storeRecord() throws Exception {
        station = data.stationWithKey();
        plate = Plates.unique();
        Map<String, Object> record = RecordSender.record(plate, 45_000, "RELEASE");
        record.put("axleCount", 5);
        recordId = RecordSender.send(mvc, station, record);
    }

    /** Builds a correction post with the stored values, and the axle count and reason given. */
    private MockHttpServletRequestBuilder correction(String axleCount, String reason) {
        return correction(axleCount, "ARTICULATED", reason);
    }

    private MockHttpServletRequestBuilder correction(String axleCount, String vehicleType, String reason) {
        return post("/weighings/{id}/corrections", recordId).with(csrf())
                .param("plateNumber", plate)
                .param("plateColorCode", "2")
                .param("axleCount", axleCount)
                .param("vehicleType", vehicleType)
                .param("singleTyreGroups", "0")
                .param("cargoName", "原煤")
                .param("cargoCategory", "煤")
                .param("releaseDecision", "RELEASE")
                .param("reason", reason);
    }

    @Test
    void detailOffersFormFilledWithStoredValues() throws Exception {
        MvcResult result = mvc.perform(get("/weighings/{id}", recordId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.DETAIL_VIEW))
                .andExpect(model().attributeExists("correctionForm"))
                .andExpect(content().string(containsString("id=\"correction-form\"")))
                .andExpect(content().string(containsString("该记录未更正过")))
                .andReturn();
        CorrectionForm form = (CorrectionForm) result.getModelAndView().getModel().get("correctionForm");
        assertThat(form.getPlateNumber()).isEqualTo(plate);
        assertThat(form.getAxleCount()).isEqualTo(5);
        assertThat(form.getPlateColorCode()).isEqualTo("2");
        assertThat(form.getReleaseDecision()).isEqualTo("RELEASE");
    }

    @Test
    void validCorrectionRedirectsAndShowsHistory() throws Exception {
        mvc.perform(correction("6", "侧面照片显示为六轴铰接列车").with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/weighings/" + recordId))
                .andExpect(flash().attribute("success", "已保存第 1 次更正，并按更正后的数据重新认定。"));

        MvcResult result = mvc.perform(get("/weighings/{id}", recordId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已更正（第 1 次）")))
                .andExpect(content().string(containsString("理由：侧面照片显示为六轴铰接列车")))
                .andExpect(content().string(containsString("轴数：5 → 6")))
                .andExpect(content().string(containsString("结论：超限 → 合规")))
                .andExpect(content().string(containsString("按更正后数据")))
                .andReturn();
        RecordDetail record = (RecordDetail) result.getModelAndView().getModel().get("record");
        assertThat(record.axleCount()).isEqualTo(6);
        assertThat(record.corrected()).isTrue();
    }

    @Test
    void listAndExportShowEffectiveValuesMarked() throws Exception {
        mvc.perform(correction("6", "侧面照片显示为六轴铰接列车").with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());

        MvcResult result = mvc.perform(get("/weighings").param("plate", plate).param("verdict", "COMPLIANT")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">已更正</span>")))
                .andReturn();
        @SuppressWarnings("unchecked")
        Page<RecordListItem> page = (Page<RecordListItem>) result.getModelAndView().getModel().get("page");
        assertThat(page.getContent()).extracting(item -> item.row().id()).containsExactly(recordId);
        assertThat(page.getContent().get(0).row().revisionNo()).isEqualTo(1);
        mvc.perform(get("/weighings").param("plate", plate).param("verdict", "OVER_LIMIT")
                        .with(TestPrincipal.office()))
                .andExpect(content().string(not(containsString(">已更正</span>"))));
    }

    @Test
    void invalidCorrectionShowsFieldValueAndRule() throws Exception {
        mvc.perform(correction("15", "BUS", "短").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(WeighingRecordsController.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("correctionForm", "axleCount", "axle_count.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode("correctionForm", "vehicleType", "enum.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("correctionForm", "reason",
                        "correction.reason_too_short"))
                .andExpect(content().string(containsString("轴数“15”：轴数应在 2 到 12 之间")))
                .andExpect(content().string(containsString("车型“BUS”：取值无效")))
                .andExpect(content().string(containsString("更正理由“短”：更正理由至少需要 5 个字")));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void textInNumberFieldRejected() throws Exception {
        mvc.perform(correction("六", "侧面照片显示为六轴铰接列车").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("correctionForm", "axleCount", "typeMismatch"))
                .andExpect(content().string(containsString("轴数“六”：应填写整数")));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void weightsInThePostAreIgnored() throws Exception {
        mvc.perform(correction("6", "侧面照片显示为六轴铰接列车").param("grossKg", "30000").param("netKg", "1")
                        .with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());

        MvcResult result = mvc.perform(get("/weighings/{id}", recordId).with(TestPrincipal.office())).andReturn();
        RecordDetail record = (RecordDetail) result.getModelAndView().getModel().get("record");
        assertThat(record.grossKg()).isEqualTo(45_000);
        assertThat(jdbc.queryForObject("select gross_kg from weighing_record where id = ?", Integer.class, recordId))
                .isEqualTo(45_000);
    }

    @Test
    void rolesWithoutPermissionForbidden() throws Exception {
        for (var user : List.of(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL),
                TestPrincipal.town(station.areaId()), TestPrincipal.auditor(),
                TestPrincipal.enterprise(station.unitId()))) {
            mvc.perform(correction("6", "侧面照片显示为六轴铰接列车").with(user))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/weighings/{id}", recordId).with(user))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeDoesNotExist("correctionForm"))
                    .andExpect(content().string(not(containsString("id=\"correction-form\""))));
        }
        assertThat(revisionCount()).isZero();
    }

    @Test
    void recordOutsideScopeIsNotFound() throws Exception {
        long otherArea = data.areas().stream().filter(area -> area.id() != station.areaId()).findFirst()
                .orElseThrow().id();

        mvc.perform(correction("6", "侧面照片显示为六轴铰接列车")
                        .with(TestPrincipal.as(Role.OFFICE_STAFF, DataScope.areas(Set.of(otherArea)))))
                .andExpect(status().isNotFound());
        mvc.perform(correction("六", "侧面照片显示为六轴铰接列车")
                        .with(TestPrincipal.as(Role.OFFICE_STAFF, DataScope.areas(Set.of(otherArea)))))
                .andExpect(status().isNotFound());
        assertThat(revisionCount()).isZero();
    }

    @Test
    void queueShowsCorrectionNote() throws Exception {
        mvc.perform(correction("6", "侧面照片显示为六轴铰接列车").with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/weighings/queue").param("unitId", String.valueOf(station.unitId()))
                        .with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("记录已更正（第 1 次），更正后结论：合规")));
    }

    private int revisionCount() {
        Integer count = jdbc.queryForObject("select count(*) from weighing_record_revision where record_id = ?",
                Integer.class, recordId);
        return count == null ? 0 : count;
    }
}
