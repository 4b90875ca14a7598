package cn.overloadcontrol.common.validation;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Typed parameters with a wrong value on acceptance, sampling and report screens get a Chinese field error. */
@IntegrationTest
class BadParameterTest {

    @Autowired
    MockMvc mvc;

    @Test
    void badStatusOnAcceptanceList() throws Exception {
        expectProblem(get("/acceptances").param("status", "abc").with(TestPrincipal.office()),
                "验收状态“abc”：取值无效，只能是：");
    }

    @Test
    void badUnitIdOnAcceptanceList() throws Exception {
        expectProblem(get("/acceptances").param("unitId", "x1").with(TestPrincipal.office()),
                "源头单位“x1”：不是有效的数字");
    }

    @Test
    void badLevelOnSamplingForm() throws Exception {
        expectProblem(get("/sampling/new").param("level", "TOWN").with(TestPrincipal.office()),
                "抽检层级“TOWN”：取值无效，只能是：省级抽检、市级抽检");
    }

    @Test
    void badStatusListsChineseLabels() throws Exception {
        expectProblem(get("/acceptances").param("status", "BOGUS").with(TestPrincipal.office()),
                "验收状态“BOGUS”：取值无效，只能是：验收中、合格、不合格");
    }

    @Test
    void badPathIdNamesTheField() throws Exception {
        expectProblem(get("/acceptances/abc").with(TestPrincipal.office()), "编号“abc”：不是有效的数字");
    }

    @Test
    void badDeviceKindOnDeviceForm() throws Exception {
        expectProblem(get("/stations/1/devices/new").param("kind", "XX").with(TestPrincipal.office()),
                "类型“XX”：取值无效，只能是：地磅（汽车衡）、称重仪表");
    }

    @Test
    void nonexistentDaySaysSo() throws Exception {
        expectProblem(post("/acceptances/1/conclude").param("deadline", "2026-02-30").param("version", "0")
                        .with(TestPrincipal.office()).with(csrf()),
                "整改期限“2026-02-30”：该日期不存在");
    }

    @Test
    void badDateOnSamplingResult() throws Exception {
        expectProblem(post("/sampling/1/units/1").param("outcome", "PASSED").param("inspectedOn", "abc")
                        .with(TestPrincipal.office()).with(csrf()),
                "抽检日期“abc”：日期格式应为 yyyy-MM-dd，例如 2026-12-05");
    }

    @Test
    void badOutcomeOnSamplingResult() throws Exception {
        expectProblem(post("/sampling/1/units/1").param("outcome", "OPEN").param("inspectedOn", "2026-12-05")
                        .with(TestPrincipal.office()).with(csrf()),
                "结果“OPEN”：取值无效，只能是：合格、不合格");
    }

    @Test
    void badOutcomeOnAcceptanceItem() throws Exception {
        expectProblem(post("/acceptances/1/items/1").param("outcome", "TO_REVIEW")
                        .with(TestPrincipal.office()).with(csrf()),
                "结果“TO_REVIEW”：取值无效，只能是：合格、不合格");
    }

    @Test
    void badDateOnAcceptanceConclusion() throws Exception {
        expectProblem(post("/acceptances/1/conclude").param("deadline", "2026-13-45").param("version", "0")
                        .with(TestPrincipal.office()).with(csrf()),
                "整改期限“2026-13-45”：日期格式应为 yyyy-MM-dd");
    }

    @Test
    void badAreaOnProgressBoard() throws Exception {
        expectProblem(get("/reports/progress").param("areaId", "abc").with(TestPrincipal.office()),
                "乡镇(街道)“abc”：不是有效的数字");
    }

    private void expectProblem(RequestBuilder request, String problem) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(view().name(BadParameterAdvice.VIEW))
                .andExpect(model().attribute("problem", org.hamcrest.Matchers.startsWith(problem)));
    }
}
