package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingSessionDetail;
import cn.overloadcontrol.sourceunit.TrainingSessionFields;
import cn.overloadcontrol.sourceunit.TrainingSessionSummary;
import cn.overloadcontrol.sourceunit.TrainingSessionView;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The session pages: list with its date filter, create, edit, detail and their permissions. */
@IntegrationTest
class TrainingControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingService trainings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listFiltersByDateRangeNewestFirst() throws Exception {
        long early = session(LocalDate.of(2003, 3, 2), "早场");
        long late = session(LocalDate.of(2003, 3, 20), "晚场");
        long outside = session(LocalDate.of(2003, 4, 1), "范围外");

        MvcResult result = mvc.perform(get("/trainings").param("from", "2003-03-01").param("to", "2003-03-31")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.LIST_VIEW))
                .andReturn();

        List<Long> ids = sessions(result).getContent().stream().map(TrainingSessionSummary::id).toList();
        assertThat(ids).containsExactly(late, early);
        assertThat(ids).doesNotContain(outside);
        assertThat(result.getModelAndView().getModel().get("baseUrl"))
                .isEqualTo("/trainings?from=2003-03-01&to=2003-03-31");
    }

    @Test
    void listRejectsReversedRange() throws Exception {
        mvc.perform(get("/trainings").param("from", "2003-05-01").param("to", "2003-04-01")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.LIST_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FILTER, "to",
                        "problem.date.range_reversed"));
    }

    @Test
    void listRejectsMalformedDate() throws Exception {
        String body = mvc.perform(get("/trainings").param("from", "2026-13-01").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FILTER, "from", "typeMismatch"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("日期格式应为 yyyy-MM-dd");
    }

    @Test
    void viewersWithoutManageSeeNoChangeButtons() throws Exception {
        String body = mvc.perform(get("/trainings").with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("/trainings/new");
    }

    @Test
    void pagesForbiddenWithoutPermission() throws Exception {
        long id = session(LocalDate.of(2004, 1, 5), "权限");

        mvc.perform(get("/trainings").with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trainings/{id}", id).with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trainings/new").with(TestPrincipal.town(1L))).andExpect(status().isForbidden());
        mvc.perform(get("/trainings/{id}/edit", id).with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(post("/trainings").with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)).with(csrf())
                        .param("heldOn", "2004-01-06").param("topic", "越权").param("organizer", "某")
                        .param("place", "某地"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/trainings/{id}", id).with(TestPrincipal.town(1L)).with(csrf())
                        .param("heldOn", "2004-01-06").param("topic", "越权").param("organizer", "某")
                        .param("place", "某地").param("version", "0"))
                .andExpect(status().isForbidden());

        assertThat(stored(id).topic()).doesNotContain("越权");
    }

    @Test
    void newFormProposesTodayAndOffice() throws Exception {
        MvcResult result = mvc.perform(get("/trainings/new").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.FORM_VIEW))
                .andReturn();

        TrainingSessionForm form = (TrainingSessionForm) result.getModelAndView().getModel()
                .get(TrainingController.FORM);
        // Today in Gaoping, also when the server's clock runs on UTC (from 16:00 UTC it is tomorrow there).
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(form.getHeldOn()).isEqualTo(today);
        assertThat(form.getOrganizer()).isEqualTo("高平市治超办");
        assertThat(result.getResponse().getContentAsString()).contains("value=\"" + today + "\"");
    }

    @Test
    void createStoresSessionAndAudits() throws Exception {
        String topic = "称重系统操作培训" + System.nanoTime();

        MvcResult result = mvc.perform(post("/trainings").with(TestPrincipal.office()).with(csrf())
                        .param("heldOn", "2005-06-12").param("topic", topic).param("organizer", "高平市治超办")
                        .param("place", "交通运输局三楼会议室").param("notes", "  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/trainings/*"))
                .andReturn();

        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/trainings/".length()));
        TrainingSessionView stored = stored(id);
        assertThat(stored.topic()).isEqualTo(topic);
        assertThat(stored.heldOn()).isEqualTo(LocalDate.of(2005, 6, 12));
        assertThat(stored.place()).isEqualTo("交通运输局三楼会议室");
        assertThat(stored.notes()).isNull();
        assertThat(auditActions(id)).containsExactly("CREATE");
    }

    @Test
    void createRejectsMissingAndOutOfRangeFields() throws Exception {
        String body = mvc.perform(post("/trainings").with(TestPrincipal.office()).with(csrf())
                        .param("heldOn", "1999-12-31").param("topic", "").param("organizer", "治超办")
                        .param("place", " ").param("notes", "注".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FORM, "heldOn",
                        "problem.date.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FORM, "topic", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FORM, "place", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FORM, "notes", "problem.too_long"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("日期应在 2000-01-01 到");
    }

    @Test
    void createRejectsMalformedDate() throws Exception {
        mvc.perform(post("/trainings").with(TestPrincipal.office()).with(csrf())
                        .param("heldOn", "六月十二日").param("topic", "主题").param("organizer", "治超办")
                        .param("place", "会议室"))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(TrainingController.FORM, "heldOn", "typeMismatch"));
    }

    @Test
    void detailShowsSession() throws Exception {
        long id = session(LocalDate.of(2005, 7, 1), "详情");

        MvcResult result = mvc.perform(get("/trainings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingWebSupport.DETAIL_VIEW))
                .andExpect(model().attributeExists("unitChoices", TrainingWebSupport.UNIT_FORM,
                        TrainingWebSupport.DEPARTMENT_FORM))
                .andReturn();

        TrainingSessionDetail detail = (TrainingSessionDetail) result.getModelAndView().getModel().get("detail");
        assertThat(detail.session().id()).isEqualTo(id);
        assertThat(detail.departmentsVisible()).isTrue();
    }

    @Test
    void detailForViewerHasNoAddForms() throws Exception {
        long id = session(LocalDate.of(2005, 7, 2), "只读详情");

        mvc.perform(get("/trainings/{id}", id).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("unitChoices", TrainingWebSupport.UNIT_FORM));
    }

    @Test
    void unknownSessionIsNotFound() throws Exception {
        mvc.perform(get("/trainings/{id}", 987_654_321L).with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/trainings/{id}/edit", 987_654_321L).with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
    }

    @Test
    void updateChangesSessionAndAudits() throws Exception {
        long id = session(LocalDate.of(2006, 2, 1), "原主题");
        long version = stored(id).version();

        mvc.perform(get("/trainings/{id}/edit", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.FORM_VIEW))
                .andExpect(model().attribute("trainingSession", stored(id)));

        mvc.perform(post("/trainings/{id}", id).with(TestPrincipal.office()).with(csrf())
                        .param("heldOn", "2006-02-03").param("topic", "新主题").param("organizer", "高平市治超办")
                        .param("place", "米山镇政府会议室").param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());

        TrainingSessionView stored = stored(id);
        assertThat(stored.topic()).isEqualTo("新主题");
        assertThat(stored.heldOn()).isEqualTo(LocalDate.of(2006, 2, 3));
        assertThat(auditActions(id)).containsExactly("CREATE", "UPDATE");
        assertThat(auditChanges(id).get(1)).contains("原主题", "新主题", "heldOn");
    }

    @Test
    void updateRejectsStaleVersion() throws Exception {
        long id = session(LocalDate.of(2006, 3, 1), "并发");
        long version = stored(id).version();
        trainings.updateSession(id, version, new TrainingSessionFields(LocalDate.of(2006, 3, 1), "并发改过",
                "高平市治超办", "会议室", null));

        mvc.perform(post("/trainings/{id}", id).with(TestPrincipal.office()).with(csrf())
                        .param("heldOn", "2006-03-01").param("topic", "覆盖").param("organizer", "高平市治超办")
                        .param("place", "会议室").param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingController.FORM_VIEW))
                .andExpect(model().attributeHasErrors(TrainingController.FORM));

        assertThat(stored(id).topic()).isEqualTo("并发改过");
    }

    private long session(LocalDate heldOn, String topic) {
        return trainings.createSession(new TrainingSessionFields(heldOn, topic + System.nanoTime(), "高平市治超办",
                "会议室", null));
    }

    /** Reads the session as the office does: reads outside a request see nothing. */
    private TrainingSessionView stored(long id) throws Exception {
        MvcResult result = mvc.perform(get("/trainings/{id}", id).with(TestPrincipal.office())).andReturn();
        return ((TrainingSessionDetail) result.getModelAndView().getModel().get("detail")).session();
    }

    @SuppressWarnings("unchecked")
    private static Page<TrainingSessionSummary> sessions(MvcResult result) {
        return (Page<TrainingSessionSummary>) result.getModelAndView().getModel().get("sessions");
    }

    private List<String> auditActions(long sessionId) {
        return jdbc.queryForList("select action from audit_log where object_type = 'training_session' "
                + "and object_id = ? order by id", String.class, Long.toString(sessionId));
    }

    private List<String> auditChanges(long sessionId) {
        return jdbc.queryForList("select changes::text from audit_log where object_type = 'training_session' "
                + "and object_id = ? order by id", String.class, Long.toString(sessionId));
    }
}
