package cn.overloadcontrol.audit;

import java.util.Map;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit screen shows stored enum values in Chinese and ids as names; the stored data stays as written. */
@IntegrationTest
class AuditValueLabelsTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService units;

    @Test
    void unitStatusAreaAndDictionaryIdsAreShownByName() throws Exception {
        LedgerTestData data = new LedgerTestData(regions, units);
        long mishan = data.areaId("140581101");
        long sanjia = data.areaId("140581102");
        long mine = data.unitTypeId("COAL_MINE");
        long washer = data.unitTypeId("COAL_WASHING");
        String actor = record("source_unit",
                Map.of("status", "OPERATING", "areaId", mishan, "unitTypeId", mine, "published", false),
                Map.of("status", "SUSPENDED", "areaId", sanjia, "unitTypeId", washer, "published", true));

        mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">在营</del>")))
                .andExpect(content().string(containsString(">停产</ins>")))
                .andExpect(content().string(containsString(">米山镇</del>")))
                .andExpect(content().string(containsString(">三甲镇</ins>")))
                .andExpect(content().string(containsString(">煤矿</del>")))
                .andExpect(content().string(containsString(">洗煤厂</ins>")))
                .andExpect(content().string(containsString(">否</del>")))
                .andExpect(content().string(not(containsString("OPERATING"))))
                .andExpect(content().string(not(containsString(">" + mishan + "</del>"))));
    }

    @Test
    void areaKindAndUserRolesAreShownInChinese() throws Exception {
        String areaActor = record("area", Map.of("kind", "TOWN"), Map.of("kind", "OTHER"));
        String userActor = record("app_user", Map.of("roles", "OFFICE_STAFF"), Map.of("roles", "AUDITOR,OFFICE_STAFF"));

        mockMvc.perform(get("/audit").param("actor", areaActor).with(TestPrincipal.auditor()))
                .andExpect(content().string(containsString(">镇</del>")))
                .andExpect(content().string(containsString(">其他（开发区、园区等）</ins>")));
        mockMvc.perform(get("/audit").param("actor", userActor).with(TestPrincipal.auditor()))
                .andExpect(content().string(containsString(">治超办工作人员</del>")))
                .andExpect(content().string(containsString(">审计人员(只读)、治超办工作人员</ins>")));
    }

    @Test
    void trainingAttendanceKeyIsShownAsItsLabelAndUnit() throws Exception {
        String actor = record("training_session", null,
                Map.of("attendance.unit:91140581MA0K000000 测试煤矿", "张三 (1)"));

        mockMvc.perform(get("/audit").param("actor", actor).with(TestPrincipal.auditor()))
                .andExpect(content().string(containsString("参训单位 91140581MA0K000000 测试煤矿")))
                .andExpect(content().string(not(containsString("attendance.unit:"))));
    }

    /** Records one UPDATE with a unique actor and returns the actor, to filter the screen by. */
    private String record(String objectType, Map<String, ?> before, Map<String, ?> after) {
        String actor = "audit-labels-" + Long.toString(System.nanoTime(), 36);
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, objectType, 1, "labels",
                AuditChanges.diff(before, after)).withActor(actor, null, "127.0.0.1"));
        return actor;
    }
}
