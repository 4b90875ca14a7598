package cn.overloadcontrol.sourceunit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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

@IntegrationTest
class UnitFormWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    @Autowired
    SourceUnitQueries queries;

    LedgerTestData data;
    long mishan;
    long sanjia;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        mishan = data.areaId("140581101");
        sanjia = data.areaId("140581102");
    }

    /**
     * Returns a POST of every field of {@code fields}, as the form sends them, with some
     * parameters replaced by raw text: {@code "longitude", "东经112"}.
     */
    private static MockHttpServletRequestBuilder postFields(String url, UnitFields fields, String... replacements) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", fields.name());
        params.put("creditCode", fields.creditCode());
        params.put("creditCodeOverrideReason", fields.creditCodeOverrideReason());
        params.put("unitTypeId", text(fields.unitTypeId()));
        params.put("areaId", text(fields.areaId()));
        params.put("address", fields.address());
        params.put("longitude", text(fields.longitude()));
        params.put("latitude", text(fields.latitude()));
        params.put("legalRepresentative", fields.legalRepresentative());
        params.put("safetyContact", fields.safetyContact());
        params.put("safetyContactPhone", fields.safetyContactPhone());
        params.put("annualThroughput", text(fields.annualThroughput()));
        params.put("transportRoutes", fields.transportRoutes());
        params.put("supervisionModeId", text(fields.supervisionModeId()));
        params.put("supervisingDepartment", fields.supervisingDepartment());
        params.put("supervisorName", fields.supervisorName());
        params.put("supervisorDepartment", fields.supervisorDepartment());
        params.put("supervisorOfficePhone", fields.supervisorOfficePhone());
        params.put("supervisorMobile", fields.supervisorMobile());
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            params.put(replacements[i], replacements[i + 1]);
        }

        MockHttpServletRequestBuilder request = post(url).with(csrf());
        params.forEach((name, value) -> request.param(name, value == null ? "" : value));
        return request;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private UnitDetail detailAsOffice(long id) {
        return LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
    }

    private static long idFromRedirect(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void newFormShowsEveryField() throws Exception {
        mvc.perform(get("/units/new").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.FORM_VIEW))
                .andExpect(model().attributeExists("unitForm", "areas", "unitTypes", "supervisionModes"))
                .andExpect(content().string(containsString("name=\"supervisorMobile\"")))
                .andExpect(content().string(containsString("name=\"annualThroughput\"")))
                .andExpect(content().string(containsString("name=\"transportRoutes\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void newFormPreselectsOnlyTownArea() throws Exception {
        MvcResult result = mvc.perform(get("/units/new").with(TestPrincipal.town(mishan)))
                .andExpect(status().isOk())
                .andReturn();

        UnitForm form = (UnitForm) result.getModelAndView().getModel().get("unitForm");
        assertThat(form.getAreaId()).isEqualTo(mishan);
    }

    @Test
    void createSavesAndRedirectsToDetail() throws Exception {
        UnitFields fields = data.completeFields("表单新增" + uniqueMarker());

        MvcResult result = mvc.perform(postFields("/units/new", fields).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/units/*"))
                .andExpect(flash().attribute("success", containsString(fields.name())))
                .andReturn();

        UnitDetail detail = detailAsOffice(idFromRedirect(result));
        assertThat(detail.fields()).isEqualTo(fields);
    }

    @Test
    void createNormalizesCreditCode() throws Exception {
        UnitFields fields = data.completeFields("代码规范化" + uniqueMarker());
        String typed = " " + fields.creditCode().toLowerCase() + " ";

        MvcResult result = mvc.perform(postFields("/units/new",
                        LedgerTestData.withCreditCode(fields, typed, null)).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(detailAsOffice(idFromRedirect(result)).unit().creditCode()).isEqualTo(fields.creditCode());
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        mvc.perform(post("/units/new").with(csrf()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "name", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "creditCode", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "unitTypeId", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "areaId", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "address", "problem.required"))
                .andExpect(model().errorCount(5))
                .andExpect(content().string(containsString("必填项不能为空")));
    }

    @Test
    void malformedCreditCodeIsRejected() throws Exception {
        UnitFields fields = LedgerTestData.withCreditCode(data.completeFields("代码格式" + uniqueMarker()),
                "91140581MA0K12345", null);

        mvc.perform(postFields("/units/new", fields).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "creditCode", "problem.credit_code.malformed"))
                .andExpect(content().string(containsString("统一社会信用代码应为18位")));
    }

    @Test
    void checkCharacterMismatchAsksForReason() throws Exception {
        String valid = LedgerTestData.newCreditCode();
        String wrong = LedgerTestData.withWrongCheckCharacter(valid);
        UnitFields fields = LedgerTestData.withCreditCode(data.completeFields("校验位" + uniqueMarker()), wrong, null);

        MvcResult result = mvc.perform(postFields("/units/new", fields).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "creditCodeOverrideReason",
                        "problem.credit_code.override_reason_required"))
                .andExpect(model().errorCount(1))
                .andExpect(content().string(containsString("按 GB 32100 计算应为 " + valid.charAt(17))))
                .andExpect(content().string(containsString("name=\"creditCodeOverrideReason\"")))
                .andReturn();

        CreditCode.Check check = (CreditCode.Check) result.getModelAndView().getModel().get("creditCodeCheck");
        assertThat(check.expectedCheckCharacter()).isEqualTo(valid.charAt(17));
    }

    @Test
    void checkCharacterMismatchSavesWithReason() throws Exception {
        String wrong = LedgerTestData.withWrongCheckCharacter(LedgerTestData.newCreditCode());
        UnitFields fields = LedgerTestData.withCreditCode(data.completeFields("试点代码" + uniqueMarker()), wrong,
                "2015年试点地区早期代码，已核对营业执照");

        MvcResult result = mvc.perform(postFields("/units/new", fields).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        UnitDetail detail = detailAsOffice(idFromRedirect(result));
        assertThat(detail.unit().creditCode()).isEqualTo(wrong);
        assertThat(detail.creditCodeOverrideReason()).isEqualTo("2015年试点地区早期代码，已核对营业执照");
    }

    @Test
    void reasonIsDroppedForValidCode() throws Exception {
        UnitFields fields = data.completeFields("有效代码" + uniqueMarker());

        MvcResult result = mvc.perform(postFields("/units/new",
                        LedgerTestData.withCreditCode(fields, fields.creditCode(), "多余的原因"))
                        .with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(detailAsOffice(idFromRedirect(result)).creditCodeOverrideReason()).isNull();
    }

    @Test
    void duplicateCreditCodeIsRejected() throws Exception {
        UnitFields existing = data.completeFields("已登记" + uniqueMarker());
        data.createUnit(existing);

        mvc.perform(postFields("/units/new", LedgerTestData.withName(existing, "重复登记" + uniqueMarker()))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "creditCode", "problem.credit_code.duplicate"));
    }

    @Test
    void badPhonesAreRejected() throws Exception {
        UnitFields f = data.completeFields("电话格式" + uniqueMarker());
        UnitFields fields = new UnitFields(f.name(), f.creditCode(), null, f.unitTypeId(), f.areaId(), f.address(),
                f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(), "12345",
                f.annualThroughput(), f.transportRoutes(), f.supervisionModeId(), f.supervisingDepartment(),
                f.supervisorName(), f.supervisorDepartment(), "0356-52", "2381234123");

        mvc.perform(postFields("/units/new", fields).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "safetyContactPhone", "problem.phone.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "supervisorOfficePhone",
                        "problem.phone.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "supervisorMobile",
                        "problem.phone.mobile_invalid"))
                .andExpect(content().string(containsString("手机号应为以1开头的11位数字")));
    }

    @Test
    void badNumbersAreRejected() throws Exception {
        UnitFields fields = data.completeFields("数字格式" + uniqueMarker());

        mvc.perform(postFields("/units/new", fields, "longitude", "东经112", "latitude", "95", "annualThroughput", "-3")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "longitude", "problem.number.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "latitude", "problem.number.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "annualThroughput", "problem.number.negative"))
                .andExpect(content().string(containsString("value=\"东经112\"")));
    }

    @Test
    void tamperedSelectValueIsRejected() throws Exception {
        UnitFields fields = data.completeFields("篡改选项" + uniqueMarker());

        mvc.perform(postFields("/units/new", fields, "areaId", "abc", "unitTypeId", "999999")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "areaId", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "unitTypeId", "problem.unit_type.unknown"));
    }

    @Test
    void townStaffCannotCreateInAnotherArea() throws Exception {
        UnitFields fields = LedgerTestData.withArea(data.completeFields("越界新增" + uniqueMarker()), sanjia);

        mvc.perform(postFields("/units/new", fields).with(TestPrincipal.town(mishan)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "areaId", "problem.area.out_of_scope"))
                .andExpect(content().string(containsString("不在您的管辖范围内")));
    }

    @Test
    void townStaffCreatesInOwnArea() throws Exception {
        UnitFields fields = data.completeFields("本镇新增" + uniqueMarker());

        mvc.perform(postFields("/units/new", fields).with(TestPrincipal.town(mishan)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void editFormIsFilledFromUnit() throws Exception {
        UnitFields fields = data.completeFields("编辑表单" + uniqueMarker());
        long id = data.createUnit(fields);

        MvcResult result = mvc.perform(get("/units/{id}/edit", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.FORM_VIEW))
                .andExpect(model().attribute("unitId", id))
                .andReturn();

        UnitForm form = (UnitForm) result.getModelAndView().getModel().get("unitForm");
        assertThat(form.getName()).isEqualTo(fields.name());
        assertThat(form.getLongitude()).isEqualTo("112.923456");
        assertThat(form.getAnnualThroughput()).isEqualTo("120.5");
        assertThat(form.getVersion()).isNotNull();
    }

    @Test
    void updateSavesChanges() throws Exception {
        UnitFields fields = data.completeFields("编辑保存" + uniqueMarker());
        long id = data.createUnit(fields);
        long version = detailAsOffice(id).version();

        mvc.perform(postFields("/units/" + id + "/edit", LedgerTestData.withName(fields, fields.name() + "改"))
                        .param("version", Long.toString(version)).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + id))
                .andExpect(flash().attribute("success", containsString(fields.name() + "改")));

        assertThat(detailAsOffice(id).unit().name()).isEqualTo(fields.name() + "改");
    }

    @Test
    void updateWithStaleVersionIsRejected() throws Exception {
        UnitFields fields = data.completeFields("过期版本" + uniqueMarker());
        long id = data.createUnit(fields);
        long version = detailAsOffice(id).version();
        service.update(id, LedgerTestData.withName(fields, fields.name() + "他人"));

        mvc.perform(postFields("/units/" + id + "/edit", LedgerTestData.withName(fields, fields.name() + "我"))
                        .param("version", Long.toString(version)).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.FORM_VIEW))
                .andExpect(model().attributeHasErrors("unitForm"))
                .andExpect(content().string(containsString("已被他人修改")));

        assertThat(detailAsOffice(id).unit().name()).isEqualTo(fields.name() + "他人");
    }

    @Test
    void townStaffCannotEditOtherTownsUnit() throws Exception {
        UnitFields fields = LedgerTestData.withArea(data.completeFields("他镇编辑" + uniqueMarker()), sanjia);
        long id = data.createUnit(fields);

        mvc.perform(get("/units/{id}/edit", id).with(TestPrincipal.town(mishan)))
                .andExpect(status().isNotFound());
        mvc.perform(postFields("/units/" + id + "/edit", fields).with(TestPrincipal.town(mishan)))
                .andExpect(status().isNotFound());
    }

    @Test
    void readOnlyUsersCannotOpenOrPostForms() throws Exception {
        UnitFields fields = data.completeFields("只读用户" + uniqueMarker());
        long id = data.createUnit(fields);

        mvc.perform(get("/units/new").with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(postFields("/units/new", fields).with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(postFields("/units/" + id + "/edit", fields).with(TestPrincipal.auditor()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}/edit", id).with(TestPrincipal.enterprise(id))).andExpect(status().isForbidden());
    }

    @Test
    void postWithoutCsrfTokenIsRejected() throws Exception {
        MockHttpSession session = new MockHttpSession();
        // Rendering a page stores the session's CSRF token, as a browser session always has one.
        mvc.perform(get("/units/new").session(session).with(TestPrincipal.office())).andExpect(status().isOk());

        mvc.perform(post("/units/new").session(session).param("name", "无令牌").with(TestPrincipal.office()))
                .andExpect(status().isForbidden());
    }

    @Test
    void creditCodeCheckFragmentShowsExpectedCharacter() throws Exception {
        String valid = LedgerTestData.newCreditCode();

        mvc.perform(get("/units/credit-code-check").param("creditCode", LedgerTestData.withWrongCheckCharacter(valid))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitFormController.CREDIT_CODE_CHECK_VIEW))
                .andExpect(content().string(startsWith("<div id=\"credit-code-check\"")))
                .andExpect(content().string(containsString("计算应为 " + valid.charAt(17))))
                .andExpect(content().string(containsString("name=\"creditCodeOverrideReason\"")));
        mvc.perform(get("/units/credit-code-check").param("creditCode", valid).with(TestPrincipal.office()))
                .andExpect(content().string(containsString("校验通过")))
                .andExpect(content().string(not(containsString("creditCodeOverrideReason"))));
    }
}
