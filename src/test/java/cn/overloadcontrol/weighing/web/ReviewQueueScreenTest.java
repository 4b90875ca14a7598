package cn.overloadcontrol.weighing.web;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.review.ReviewItem;
import cn.overloadcontrol.weighing.review.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The officers' queue: open items, filters, decisions with a comment and their audit rows. */
@IntegrationTest
class ReviewQueueScreenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;
    long recordId;
    long itemId;

    @BeforeEach
    void queueIllegalRelease() throws Exception {
        station = data.stationWithKey();
        recordId = RecordSender.send(mvc, station, RecordSender.record(Plates.unique(), 52_400, "RELEASE"));
        itemId = jdbc.queryForObject("select id from review_item where record_id = ?", Long.class, recordId);
    }

    @Test
    void officerSeesOpenItemOfTheUnit() throws Exception {
        List<ReviewItem> items = itemsOf(get("/weighings/queue").param("unitId", String.valueOf(station.unitId()))
                .param("kind", "ILLEGAL_RELEASE"), TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL));

        assertThat(items).extracting(ReviewItem::recordId).containsExactly(recordId);
        mvc.perform(get("/weighings/queue").param("unitId", String.valueOf(station.unitId()))
                        .with(TestPrincipal.office()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("超出 3.40 吨")));
    }

    @Test
    void kindFilterLeavesOutOtherKinds() throws Exception {
        List<ReviewItem> items = itemsOf(get("/weighings/queue").param("unitId", String.valueOf(station.unitId()))
                .param("kind", "SUSPICIOUS"), TestPrincipal.office());

        assertThat(items).isEmpty();
    }

    @Test
    void caseOpenedWithCommentLeavesOpenListAndIsAudited() throws Exception {
        mvc.perform(post("/weighings/queue/{id}/decision", itemId).param("decision", "CASE_OPENED")
                        .param("comment", "现场核实超限放行，转立案").with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/weighings/queue"))
                .andExpect(flash().attributeExists("success"));

        assertThat(itemsOf(get("/weighings/queue").param("unitId", String.valueOf(station.unitId())),
                TestPrincipal.office())).isEmpty();
        List<ReviewItem> decided = itemsOf(get("/weighings/queue").param("unitId", String.valueOf(station.unitId()))
                .param("status", "CASE_OPENED"), TestPrincipal.office());
        assertThat(decided).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ReviewStatus.CASE_OPENED);
            assertThat(item.decisionComment()).isEqualTo("现场核实超限放行，转立案");
            assertThat(item.decidedBy()).isEqualTo("test-office_staff");
        });
        Map<String, Object> audit = jdbc.queryForMap("select action, changes::text as changes from audit_log"
                + " where object_type = 'review_item' and object_id = ?", String.valueOf(itemId));
        assertThat(audit.get("action")).isEqualTo("STATUS_CHANGE");
        assertThat((String) audit.get("changes")).contains("CASE_OPENED").contains("转立案");
    }

    @Test
    void decisionWithoutCommentIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/weighings/queue/{id}/decision", itemId).param("decision", "FALSE_ALARM")
                        .param("comment", "  ").with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/weighings/queue"))
                .andExpect(flash().attributeExists("error"));

        assertThat(jdbc.queryForObject("select status from review_item where id = ?", String.class, itemId))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'review_item'"
                + " and object_id = ?", Long.class, String.valueOf(itemId))).isZero();
    }

    @Test
    void secondDecisionKeepsTheFirst() throws Exception {
        mvc.perform(post("/weighings/queue/{id}/decision", itemId).param("decision", "VERIFIED")
                .param("comment", "已核实").with(TestPrincipal.office()).with(csrf()));
        mvc.perform(post("/weighings/queue/{id}/decision", itemId).param("decision", "FALSE_ALARM")
                        .param("comment", "改为误报").with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attributeExists("error"));

        assertThat(jdbc.queryForObject("select status from review_item where id = ?", String.class, itemId))
                .isEqualTo("VERIFIED");
    }

    @Test
    void otherTownCannotDecideTheItem() throws Exception {
        long otherArea = data.areas().get(1).id();
        mvc.perform(post("/weighings/queue/{id}/decision", itemId).param("decision", "VERIFIED")
                        .param("comment", "越权").with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER,
                                DataScope.areas(java.util.Set.of(otherArea)))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void townStaffWithoutReviewPermissionIsForbidden() throws Exception {
        mvc.perform(get("/weighings/queue").with(TestPrincipal.town(station.areaId())))
                .andExpect(status().isForbidden());
    }

    @SuppressWarnings("unchecked")
    private List<ReviewItem> itemsOf(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(request.with(user)).andExpect(status().isOk())
                .andExpect(view().name(ReviewQueueController.VIEW)).andReturn();
        return ((Page<ReviewItem>) result.getModelAndView().getModel().get("page")).getContent();
    }
}
