package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.TrainingAreaCoverage;
import cn.overloadcontrol.sourceunit.TrainingCoverage;
import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingSessionFields;
import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceFields;
import cn.overloadcontrol.sourceunit.TrainingUntrainedUnit;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The "not yet trained" view: published units that attended no session, counted per area. */
@IntegrationTest
class TrainingCoverageControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingService trainings;

    @Autowired
    SourceUnitService unitService;

    @Autowired
    AreaAdminService areaAdmin;

    @Test
    void countsAndListsUntrainedPublishedUnits() throws Exception {
        TestUnits units = new TestUnits(unitService, areaAdmin);
        long areaId = units.newArea();
        long trained = units.unit("高平市已训煤业有限公司", areaId, true);
        long untrained = units.unit("高平市未训焦化有限公司", areaId, true);
        long unpublished = units.unit("高平市未公示洗煤厂", areaId, false);
        long session = trainings.createSession(new TrainingSessionFields(LocalDate.of(2009, 9, 9),
                "覆盖统计" + System.nanoTime(), "高平市治超办", "会议室", null));
        trainings.addUnitAttendance(session, new TrainingUnitAttendanceFields(trained, "张三", null));

        MvcResult result = mvc.perform(get("/trainings/untrained").param("areaId", Long.toString(areaId))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingCoverageController.VIEW))
                .andReturn();

        TrainingCoverage coverage = (TrainingCoverage) result.getModelAndView().getModel().get("coverage");
        assertThat(coverage.areas()).hasSize(1);
        TrainingAreaCoverage area = coverage.areas().get(0);
        assertThat(area.areaId()).isEqualTo(areaId);
        assertThat(area.publishedCount()).isEqualTo(2);
        assertThat(area.trainedCount()).isEqualTo(1);
        assertThat(area.untrainedCount()).isEqualTo(1);
        assertThat(coverage.untrainedUnits()).extracting(TrainingUntrainedUnit::unitId).containsExactly(untrained);
        assertThat(coverage.untrainedUnits()).extracting(TrainingUntrainedUnit::unitId)
                .doesNotContain(trained, unpublished);
        TrainingUntrainedUnit row = coverage.untrainedUnits().get(0);
        assertThat(row.unitType()).isEqualTo("煤矿");
        assertThat(row.publishedOn()).isEqualTo(LocalDate.of(2026, 5, 28));
        assertThat(result.getResponse().getContentAsString()).contains("高平市未训焦化有限公司", "在营");
    }

    @Test
    void unfilteredViewCoversEveryArea() throws Exception {
        TestUnits units = new TestUnits(unitService, areaAdmin);
        long first = units.newArea();
        long second = units.newArea();
        long firstUnit = units.unit("高平市甲区煤业有限公司", first, true);
        long secondUnit = units.unit("高平市乙区煤业有限公司", second, true);

        MvcResult result = mvc.perform(get("/trainings/untrained").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn();

        TrainingCoverage coverage = (TrainingCoverage) result.getModelAndView().getModel().get("coverage");
        assertThat(coverage.areas()).extracting(TrainingAreaCoverage::areaId).contains(first, second);
        assertThat(coverage.untrainedUnits()).extracting(TrainingUntrainedUnit::unitId)
                .contains(firstUnit, secondUnit);
        assertThat(coverage.untrainedCount()).isEqualTo(coverage.publishedCount() - coverage.trainedCount());
    }

    @Test
    void forbiddenWithoutTrainingView() throws Exception {
        mvc.perform(get("/trainings/untrained").with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)))
                .andExpect(status().isForbidden());
    }
}
