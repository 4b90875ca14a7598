package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.TrainingDepartmentAttendanceFields;
import cn.overloadcontrol.sourceunit.TrainingDepartmentAttendanceView;
import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingSessionDetail;
import cn.overloadcontrol.sourceunit.TrainingSessionFields;
import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceFields;
import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceView;
import cn.overloadcontrol.sourceunit.TrainingUnitChoice;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Adding and removing attendance rows of a session: units of the ledger and departments. */
@IntegrationTest
class TrainingAttendanceControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingService trainings;

    @Autowired
    SourceUnitService unitService;

    @Autowired
    AreaAdminService areaAdmin;

    @Autowired
    JdbcTemplate jdbc;

    TestUnits units;
    long areaId;
    long sessionId;

    @BeforeEach
    void createSessionAndArea() {
        units = new TestUnits(unitService, areaAdmin);
        areaId = units.newArea();
        sessionId = trainings.createSession(new TrainingSessionFields(LocalDate.of(2007, 6, 12),
                "参训登记" + System.nanoTime(), "高平市治超办", "会议室", null));
    }

    @Test
    void addUnitNormalizesNamesAndCountsThem() throws Exception {
        long unitId = units.unit("高平市登记煤业有限公司", areaId, true);

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", " 张三, 李四；王五 "))
                .andExpect(redirectedUrl("/trainings/" + sessionId))
                .andExpect(flash().attribute("success", "已添加参训记录。"));

        TrainingUnitAttendanceView row = detail().units().get(0);
        assertThat(row.unitId()).isEqualTo(unitId);
        assertThat(row.attendeeNames()).isEqualTo("张三、李四、王五");
        assertThat(row.attendeeCount()).isEqualTo(3);
        assertThat(row.published()).isTrue();
    }

    @Test
    void addUnitKeepsCountAboveNames() throws Exception {
        long unitId = units.unit("高平市人数洗煤厂", areaId, true);

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "张三、李四")
                        .param("attendeeCount", "12"))
                .andExpect(status().is3xxRedirection());

        assertThat(detail().units().get(0).attendeeCount()).isEqualTo(12);
    }

    @Test
    void addUnpublishedUnitAllowed() throws Exception {
        long unitId = units.unit("高平市未公示砂石料场", areaId, false);

        MvcResult page = mvc.perform(get("/trainings/{id}", sessionId).with(TestPrincipal.office())).andReturn();
        @SuppressWarnings("unchecked")
        List<TrainingUnitChoice> choices = (List<TrainingUnitChoice>) page.getModelAndView().getModel()
                .get("unitChoices");
        assertThat(choices).extracting(TrainingUnitChoice::id).contains(unitId);

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "赵六"))
                .andExpect(status().is3xxRedirection());

        assertThat(detail().units()).extracting(TrainingUnitAttendanceView::published).containsExactly(false);
        MvcResult after = mvc.perform(get("/trainings/{id}", sessionId).with(TestPrincipal.office())).andReturn();
        @SuppressWarnings("unchecked")
        List<TrainingUnitChoice> remaining = (List<TrainingUnitChoice>) after.getModelAndView().getModel()
                .get("unitChoices");
        assertThat(remaining).extracting(TrainingUnitChoice::id).doesNotContain(unitId);
    }

    @Test
    void addUnitAuditedOnSession() throws Exception {
        long unitId = units.unit("高平市审计焦化有限公司", areaId, true);

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "张三"))
                .andExpect(status().is3xxRedirection());

        assertThat(auditActions()).containsExactly("CREATE", "UPDATE");
        assertThat(auditChanges().get(1)).contains("attendance.unit:", "高平市审计焦化有限公司", "张三 (1)");
    }

    @Test
    void addUnitRejectsDuplicate() throws Exception {
        long unitId = units.unit("高平市重复煤业有限公司", areaId, true);
        trainings.addUnitAttendance(sessionId, new TrainingUnitAttendanceFields(unitId, "张三", null));

        String body = mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "李四"))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingWebSupport.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "unitId",
                        "problem.training.unit_duplicate"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("已在本场培训的参训名单中");
        assertThat(detail().units()).hasSize(1);
    }

    @Test
    void addUnitRejectsInvalidInput() throws Exception {
        long unitId = units.unit("高平市校验煤业有限公司", areaId, true);

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", "").param("attendeeNames", " 、 "))
                .andExpect(view().name(TrainingWebSupport.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "unitId",
                        "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "attendeeNames",
                        "problem.required"));

        String outOfRange = mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office())
                        .with(csrf())
                        .param("unitId", "987654321").param("attendeeNames", "张三").param("attendeeCount", "0"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "unitId",
                        "problem.training.unit_unknown"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "attendeeCount",
                        "problem.number.out_of_range"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outOfRange).contains("应在 1 到 9999 之间");

        String body = mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "张三、李四、王五")
                        .param("attendeeCount", "2"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "attendeeCount",
                        "problem.training.count_below_names"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("人数 2 少于填写的姓名个数 3");

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "张三")
                        .param("attendeeCount", "两人"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.UNIT_FORM, "attendeeCount",
                        "typeMismatch"));

        assertThat(detail().units()).isEmpty();
    }

    @Test
    void removeUnitRowAndAudit() throws Exception {
        long unitId = units.unit("高平市移除煤业有限公司", areaId, true);
        long rowId = trainings.addUnitAttendance(sessionId, new TrainingUnitAttendanceFields(unitId, "张三", null));

        mvc.perform(post("/trainings/{id}/units/{row}/remove", sessionId, rowId).with(TestPrincipal.office())
                        .with(csrf()))
                .andExpect(redirectedUrl("/trainings/" + sessionId))
                .andExpect(flash().attribute("success", "已移除参训记录。"));

        assertThat(detail().units()).isEmpty();
        assertThat(auditActions()).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(auditChanges().get(2)).contains("\"before\": \"张三 (1)\"", "\"after\": null");
    }

    @Test
    void removeRowOfOtherSessionNotFound() throws Exception {
        long unitId = units.unit("高平市他场煤业有限公司", areaId, true);
        long otherSession = trainings.createSession(new TrainingSessionFields(LocalDate.of(2007, 6, 13),
                "他场" + System.nanoTime(), "高平市治超办", "会议室", null));
        long rowId = trainings.addUnitAttendance(otherSession, new TrainingUnitAttendanceFields(unitId, "张三", null));

        mvc.perform(post("/trainings/{id}/units/{row}/remove", sessionId, rowId).with(TestPrincipal.office())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/trainings/{id}/departments/{row}/remove", sessionId, 987_654_321L)
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void addAndRemoveDepartment() throws Exception {
        mvc.perform(post("/trainings/{id}/departments", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("department", "米山镇人民政府").param("attendeeNames", "刘治超 陈专干"))
                .andExpect(redirectedUrl("/trainings/" + sessionId));

        TrainingDepartmentAttendanceView row = detail().departments().get(0);
        assertThat(row.department()).isEqualTo("米山镇人民政府");
        assertThat(row.attendeeNames()).isEqualTo("刘治超、陈专干");
        assertThat(row.attendeeCount()).isEqualTo(2);

        mvc.perform(post("/trainings/{id}/departments/{row}/remove", sessionId, row.id())
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/trainings/" + sessionId));

        assertThat(detail().departments()).isEmpty();
        assertThat(auditChanges().get(1)).contains("attendance.department:米山镇人民政府");
        assertThat(auditActions()).containsExactly("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void addDepartmentRejectsDuplicateAndBlank() throws Exception {
        trainings.addDepartmentAttendance(sessionId,
                new TrainingDepartmentAttendanceFields("高平市交通运输综合行政执法大队", "张队", null));

        mvc.perform(post("/trainings/{id}/departments", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("department", "高平市交通运输综合行政执法大队").param("attendeeNames", "李队"))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingWebSupport.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.DEPARTMENT_FORM, "department",
                        "problem.training.department_duplicate"));

        mvc.perform(post("/trainings/{id}/departments", sessionId).with(TestPrincipal.office()).with(csrf())
                        .param("department", " ").param("attendeeNames", ""))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.DEPARTMENT_FORM, "department",
                        "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingWebSupport.DEPARTMENT_FORM, "attendeeNames",
                        "problem.required"));

        assertThat(detail().departments()).hasSize(1);
    }

    @Test
    void changesForbiddenWithoutManage() throws Exception {
        long unitId = units.unit("高平市越权煤业有限公司", areaId, true);
        long rowId = trainings.addUnitAttendance(sessionId, new TrainingUnitAttendanceFields(unitId, "张三", null));

        mvc.perform(post("/trainings/{id}/units", sessionId).with(TestPrincipal.town(areaId)).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("attendeeNames", "李四"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/trainings/{id}/units/{row}/remove", sessionId, rowId).with(TestPrincipal.enterprise(unitId))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/trainings/{id}/departments", sessionId)
                        .with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)).with(csrf())
                        .param("department", "执法大队").param("attendeeNames", "王五"))
                .andExpect(status().isForbidden());

        assertThat(detail().units()).hasSize(1);
        assertThat(detail().departments()).isEmpty();
    }

    private TrainingSessionDetail detail() throws Exception {
        MvcResult result = mvc.perform(get("/trainings/{id}", sessionId).with(TestPrincipal.office())).andReturn();
        return (TrainingSessionDetail) result.getModelAndView().getModel().get("detail");
    }

    private List<String> auditActions() {
        return jdbc.queryForList("select action from audit_log where object_type = 'training_session' "
                + "and object_id = ? order by id", String.class, Long.toString(sessionId));
    }

    private List<String> auditChanges() {
        return jdbc.queryForList("select changes::text from audit_log where object_type = 'training_session' "
                + "and object_id = ? order by id", String.class, Long.toString(sessionId));
    }
}
