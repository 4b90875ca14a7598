package cn.overloadcontrol.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The read-only audit log screen, its filters, and the append-only table behind it. */
@IntegrationTest
class AuditLogScreenTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter INPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mockMvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void rowShowsWhoWhatWhereAndChanges() throws Exception {
        String actor = uniqueActor();
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, "app_user", 4711, "zhangsan",
                        AuditChanges.diff(Map.of("displayName", "张三"), Map.of("displayName", "张三丰")))
                .withActor(actor, null, "10.20.30.40"));

        mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(view().name(AuditLogController.VIEW))
                .andExpect(content().string(containsString(actor)))
                .andExpect(content().string(containsString("10.20.30.40")))
                .andExpect(content().string(containsString("修改")))
                .andExpect(content().string(containsString("用户")))
                .andExpect(content().string(containsString("#4711")))
                .andExpect(content().string(containsString("zhangsan")))
                .andExpect(content().string(containsString("成功")))
                .andExpect(content().string(containsString("姓名")))
                .andExpect(content().string(containsString("<del class=\"text-danger\">张三</del>")))
                .andExpect(content().string(containsString("<ins class=\"text-success\">张三丰</ins>")))
                .andExpect(content().string(containsString(
                        LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().toString())));
    }

    @Test
    void objectTypesAndFieldsOfOtherModulesShowInChinese() throws Exception {
        String actor = uniqueActor();
        Map<String, String> objectTypes = Map.of("area", "区域", "unit_dictionary", "字典项",
                "training_session", "培训", "source_unit", "源头单位");
        for (String objectType : objectTypes.keySet()) {
            auditLog.record(AuditEntry.success(AuditAction.UPDATE, objectType, 4712, "对象",
                            AuditChanges.diff(Map.of("sortOrder", 10, "supervisorName", "甲"),
                                    Map.of("sortOrder", 20, "supervisorName", "乙")))
                    .withActor(actor, null, "127.0.0.1"));
        }

        String page = mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(objectTypes.values()).contains("排序号", "监管责任人")
                .doesNotContain(">area<", ">unit_dictionary<", ">training_session<", ">sortOrder<",
                        ">supervisorName<");
    }

    @Test
    void detailCodesShowInChinese() throws Exception {
        String actor = uniqueActor();
        auditLog.record(AuditEntry.success(AuditAction.LOGIN_FAILED, "app_user", null, actor)
                .withResult(AuditResult.FAILURE).withDetail("unknown_user").withActor(actor, null, "127.0.0.1"));

        mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录失败")))
                .andExpect(content().string(containsString("用户名不存在")))
                .andExpect(content().string(containsString("失败")));
    }

    @Test
    void filtersByActionResultAndObject() throws Exception {
        String actor = uniqueActor();
        record(actor, AuditAction.CREATE, "app_user", "1001", AuditResult.SUCCESS);
        record(actor, AuditAction.UPDATE, "app_user", "1001", AuditResult.SUCCESS);
        record(actor, AuditAction.UPDATE, "source_unit", "1001", AuditResult.SUCCESS);
        record(actor, AuditAction.LOGIN_FAILED, "app_user", "1002", AuditResult.FAILURE);

        assertThat(search(get("/audit").param("actor", actor)).getTotalElements()).isEqualTo(4);
        assertThat(search(get("/audit").param("actor", actor).param("action", "UPDATE")).getTotalElements())
                .isEqualTo(2);
        assertThat(search(get("/audit").param("actor", actor).param("result", "FAILURE")).getContent())
                .extracting(AuditRecord::action).containsExactly(AuditAction.LOGIN_FAILED);
        assertThat(search(get("/audit").param("actor", actor).param("objectType", "app_user")
                .param("objectId", "1001")).getContent())
                .extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    void filtersByTimeRange() throws Exception {
        String actor = uniqueActor();
        record(actor, AuditAction.EXPORT, "source_unit", "1", AuditResult.SUCCESS);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));

        Page<AuditRecord> around = search(get("/audit").param("actor", actor)
                .param("from", now.minusHours(1).format(INPUT_TIME)).param("to", now.plusHours(1).format(INPUT_TIME)));
        Page<AuditRecord> later = search(get("/audit").param("actor", actor)
                .param("from", now.plusHours(1).format(INPUT_TIME)));
        Page<AuditRecord> earlier = search(get("/audit").param("actor", actor)
                .param("to", now.minusHours(1).format(INPUT_TIME)));

        assertThat(around.getTotalElements()).isEqualTo(1);
        assertThat(later.getTotalElements()).isZero();
        assertThat(earlier.getTotalElements()).isZero();
    }

    @Test
    void acceptsTimesWithSeconds() throws Exception {
        String actor = uniqueActor();
        record(actor, AuditAction.EXPORT, "source_unit", "1", AuditResult.SUCCESS);

        Page<AuditRecord> found = search(get("/audit").param("actor", actor).param("from", "2020-01-01 00:00:00"));

        assertThat(found.getTotalElements()).isEqualTo(1);
    }

    @Test
    void reversedRangeIsAFieldError() throws Exception {
        mockMvc.perform(get("/audit").param("from", "2026-03-02T00:00").param("to", "2026-03-01T00:00")
                        .with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("auditFilter", "to", "problem.audit.range_reversed"))
                .andExpect(content().string(containsString("结束时间应晚于开始时间")));
    }

    @Test
    void malformedTimeIsAFieldError() throws Exception {
        mockMvc.perform(get("/audit").param("from", "yesterday").with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("auditFilter", "from", "typeMismatch"))
                .andExpect(content().string(containsString("时间格式不正确")));
    }

    @Test
    void pagesByFifty() throws Exception {
        String actor = uniqueActor();
        for (int i = 0; i < 51; i++) {
            record(actor, AuditAction.EXPORT, "source_unit", String.valueOf(i), AuditResult.SUCCESS);
        }

        Page<AuditRecord> first = search(get("/audit").param("actor", actor));
        Page<AuditRecord> second = search(get("/audit").param("actor", actor).param("page", "1"));

        assertThat(first.getTotalElements()).isEqualTo(51);
        assertThat(first.getContent()).hasSize(50);
        assertThat(first.getContent().get(0).objectId()).isEqualTo("50");
        assertThat(second.getContent()).extracting(AuditRecord::objectId).containsExactly("0");
        mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.auditor()))
                .andExpect(content().string(containsString("/audit?actor=" + actor + "&amp;page=1")));
    }

    @Test
    void onlyAuditViewersMayOpen() throws Exception {
        mockMvc.perform(get("/audit").with(TestPrincipal.admin())).andExpect(status().isOk());
        mockMvc.perform(get("/audit").with(TestPrincipal.auditor())).andExpect(status().isOk());
        mockMvc.perform(get("/audit").with(TestPrincipal.office())).andExpect(status().isForbidden());
        mockMvc.perform(get("/audit").with(TestPrincipal.town(1L))).andExpect(status().isForbidden());
        mockMvc.perform(get("/audit").with(TestPrincipal.enterprise(1L))).andExpect(status().isForbidden());
    }

    @Test
    void screenHasNoWriteEndpoint() throws Exception {
        for (Map.Entry<RequestMappingInfo, ?> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            boolean auditPath = info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/audit"));
            if (auditPath) {
                assertThat(info.getMethodsCondition().getMethods()).as(info.toString())
                        .containsExactly(RequestMethod.GET);
            }
        }
        mockMvc.perform(post("/audit").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(status().isMethodNotAllowed());
        mockMvc.perform(put("/audit").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(status().isMethodNotAllowed());
        mockMvc.perform(delete("/audit").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void databaseRejectsUpdate() {
        long id = recordAndFindId();

        assertThatThrownBy(() -> jdbc.update("update audit_log set detail = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select detail from audit_log where id = ?", String.class, id)).isNull();
    }

    @Test
    void databaseRejectsDelete() {
        long id = recordAndFindId();

        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_log where id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void databaseRejectsTruncate() {
        long id = recordAndFindId();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        // Inside a transaction that is rolled back in any case: the table is shared by all test classes.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("truncate audit_log");
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_log where id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void everyActionHasAChineseName() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_zh_CN.properties"))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(messages).containsKey("audit.action." + action.name());
        }
        for (AuditResult result : AuditResult.values()) {
            assertThat(messages).containsKey("audit.result." + result.name());
        }
    }

    private long recordAndFindId() {
        String actor = uniqueActor();
        record(actor, AuditAction.EXPORT, "source_unit", "1", AuditResult.SUCCESS);
        return jdbc.queryForObject("select id from audit_log where actor = ?", Long.class, actor);
    }

    private void record(String actor, AuditAction action, String objectType, String objectId, AuditResult result) {
        auditLog.record(AuditEntry.success(action, objectType, objectId, "label " + objectId)
                .withResult(result).withActor(actor, null, "127.0.0.1"));
    }

    @SuppressWarnings("unchecked")
    private Page<AuditRecord> search(MockHttpServletRequestBuilder request) throws Exception {
        return (Page<AuditRecord>) mockMvc.perform(request.with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andReturn().getModelAndView().getModel().get("records");
    }

    private static String uniqueActor() {
        return "auditor-test-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }
}
