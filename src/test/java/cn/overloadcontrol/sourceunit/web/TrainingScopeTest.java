package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.util.List;

import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.TrainingCoverage;
import cn.overloadcontrol.sourceunit.TrainingDepartmentAttendanceFields;
import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingSessionDetail;
import cn.overloadcontrol.sourceunit.TrainingSessionFields;
import cn.overloadcontrol.sourceunit.TrainingSessionSummary;
import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceFields;
import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceView;
import cn.overloadcontrol.sourceunit.TrainingUntrainedUnit;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope of the training pages: town staff see attendance of their areas' units only, and
 * enterprise users only the sessions their own unit attended.
 */
@IntegrationTest
class TrainingScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingService trainings;

    @Autowired
    SourceUnitService unitService;

    @Autowired
    AreaAdminService areaAdmin;

    long ownArea;
    long otherArea;
    long ownUnit;
    long otherUnit;
    long attendedSession;
    long missedSession;
    /** Each test's sessions fall on its own day, so the list can be filtered to them. */
    LocalDate day;

    @BeforeEach
    void createTwoAreasWithUnitsAndSessions() {
        TestUnits units = new TestUnits(unitService, areaAdmin);
        ownArea = units.newArea();
        otherArea = units.newArea();
        ownUnit = units.unit("高平市本镇煤业有限公司", ownArea, true);
        otherUnit = units.unit("高平市外镇洗煤厂", otherArea, true);
        day = LocalDate.of(2008, 1, 1).plusDays(System.nanoTime() % 3000);

        attendedSession = trainings.createSession(new TrainingSessionFields(day, "两镇共训" + System.nanoTime(),
                "高平市治超办", "会议室", null));
        trainings.addUnitAttendance(attendedSession, new TrainingUnitAttendanceFields(ownUnit, "张三、李四", null));
        trainings.addUnitAttendance(attendedSession, new TrainingUnitAttendanceFields(otherUnit, "王五", null));
        trainings.addDepartmentAttendance(attendedSession,
                new TrainingDepartmentAttendanceFields("本镇人民政府", "刘专干", null));

        missedSession = trainings.createSession(new TrainingSessionFields(day, "外镇专场" + System.nanoTime(),
                "高平市治超办", "会议室", null));
        trainings.addUnitAttendance(missedSession, new TrainingUnitAttendanceFields(otherUnit, "赵六", null));
    }

    @Test
    void townSeesOwnAreaAttendanceOnly() throws Exception {
        TrainingSessionDetail detail = detail(attendedSession, TestPrincipal.town(ownArea));

        assertThat(detail.units()).extracting(TrainingUnitAttendanceView::unitId).containsExactly(ownUnit);
        assertThat(detail.departmentsVisible()).isTrue();
        assertThat(detail.departments()).hasSize(1);
        assertThat(detail.attendeeCount()).isEqualTo(3);
    }

    @Test
    void townListCountsOwnUnits() throws Exception {
        List<TrainingSessionSummary> rows = list(TestPrincipal.town(ownArea));

        assertThat(rows).extracting(TrainingSessionSummary::id).contains(attendedSession, missedSession);
        TrainingSessionSummary attended = row(rows, attendedSession);
        assertThat(attended.unitCount()).isEqualTo(1);
        assertThat(attended.departmentCount()).isEqualTo(1);
        assertThat(attended.attendeeCount()).isEqualTo(3);
        assertThat(row(rows, missedSession).unitCount()).isZero();
    }

    @Test
    void townPageHidesOtherAreaUnits() throws Exception {
        String body = mvc.perform(get("/trainings/{id}", attendedSession).with(TestPrincipal.town(ownArea)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("高平市本镇煤业有限公司").doesNotContain("高平市外镇洗煤厂", "王五");
    }

    @Test
    void enterpriseSeesOwnUnitRowOnly() throws Exception {
        TrainingSessionDetail detail = detail(attendedSession, TestPrincipal.enterprise(ownUnit));

        assertThat(detail.units()).extracting(TrainingUnitAttendanceView::unitId).containsExactly(ownUnit);
        assertThat(detail.departmentsVisible()).isFalse();
        assertThat(detail.departments()).isEmpty();
    }

    @Test
    void enterpriseListsAttendedSessionsOnly() throws Exception {
        List<TrainingSessionSummary> rows = list(TestPrincipal.enterprise(ownUnit));

        assertThat(rows).extracting(TrainingSessionSummary::id).containsExactly(attendedSession);
        assertThat(rows.get(0).unitCount()).isEqualTo(1);
        assertThat(rows.get(0).departmentCount()).isZero();
        assertThat(rows.get(0).attendeeCount()).isEqualTo(2);
    }

    @Test
    void enterpriseGetsNotFoundForOtherSessions() throws Exception {
        mvc.perform(get("/trainings/{id}", missedSession).with(TestPrincipal.enterprise(ownUnit)))
                .andExpect(status().isNotFound());
    }

    @Test
    void officeSeesEveryRow() throws Exception {
        TrainingSessionDetail detail = detail(attendedSession, TestPrincipal.office());

        assertThat(detail.units()).extracting(TrainingUnitAttendanceView::unitId)
                .containsExactlyInAnyOrder(ownUnit, otherUnit);
        assertThat(detail.departments()).hasSize(1);
    }

    @Test
    void untrainedViewLimitedToTownAreas() throws Exception {
        long untrained = new TestUnits(unitService, areaAdmin).unit("高平市外镇未训砂石料场", otherArea, true);

        TrainingCoverage own = coverage(TestPrincipal.town(ownArea));
        TrainingCoverage other = coverage(TestPrincipal.town(otherArea));

        assertThat(own.areas()).extracting(area -> area.areaId()).containsExactly(ownArea);
        assertThat(own.untrainedUnits()).extracting(TrainingUntrainedUnit::unitId).doesNotContain(untrained);
        assertThat(other.untrainedUnits()).extracting(TrainingUntrainedUnit::unitId).containsExactly(untrained);
    }

    private TrainingSessionDetail detail(long sessionId, RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(get("/trainings/{id}", sessionId).with(user))
                .andExpect(status().isOk())
                .andReturn();
        return (TrainingSessionDetail) result.getModelAndView().getModel().get("detail");
    }

    @SuppressWarnings("unchecked")
    private List<TrainingSessionSummary> list(RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(get("/trainings").param("from", day.toString()).param("to", day.toString())
                        .with(user))
                .andExpect(status().isOk())
                .andReturn();
        return ((Page<TrainingSessionSummary>) result.getModelAndView().getModel().get("sessions")).getContent();
    }

    private TrainingCoverage coverage(RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(get("/trainings/untrained").with(user))
                .andExpect(status().isOk())
                .andReturn();
        return (TrainingCoverage) result.getModelAndView().getModel().get("coverage");
    }

    private static TrainingSessionSummary row(List<TrainingSessionSummary> rows, long sessionId) {
        return rows.stream().filter(row -> row.id() == sessionId).findFirst().orElseThrow();
    }
}
