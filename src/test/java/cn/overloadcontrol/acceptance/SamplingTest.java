package cn.overloadcontrol.acceptance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Draws of accepted units: sizes, strata, the recorded seed, refusal to redraw silently, results, export. */
@IntegrationTest
class SamplingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Sampling sampling;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cityDrawsThirtyPercentRoundedUp() {
        List<Long> units = acceptedUnits(7);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, "city-seed-0001",
                "测试：重新抽取"));
        SamplingDrawView draw = sampling.view(id);

        assertThat(draw.sampleSize()).isEqualTo(3);
        assertThat(draw.units()).hasSize(3);
        assertThat(draw.inputSize()).isEqualTo(7);
        assertThat(draw.ratePercent()).isEqualByComparingTo("30");
        assertThat(draw.method()).isEqualTo("sha256-rank-v1");
        assertThat(units).containsAll(draw.units().stream().map(SampledUnit::unitId).toList());
        assertThat(sampling.reproduces(id)).isTrue();
    }

    @Test
    void sameInputAndSeedGiveSameSample() {
        List<Long> units = acceptedUnits(6);
        long first = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "same-seed-2026", "测试：第一次"));
        List<Long> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        long second = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, reversed, Stratification.NONE,
                "same-seed-2026", "测试：同一种子复核"));

        assertThat(sampling.view(second).units()).extracting(SampledUnit::unitId)
                .isEqualTo(sampling.view(first).units().stream().map(SampledUnit::unitId).toList());
        assertThat(sampling.view(second).inputSha256()).isEqualTo(sampling.view(first).inputSha256());
        assertThat(sampling.view(first).active()).isFalse();
        assertThat(sampling.view(second).supersedesId()).isEqualTo(first);
    }

    @Test
    void redrawWithoutReasonIsRejected() throws Exception {
        List<Long> units = acceptedUnits(2);
        long active = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null,
                "测试：准备有效抽取"));

        assertThatThrownBy(() -> data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE,
                null, null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("redrawReason:sampling.redraw_reason_required"));
        mvc.perform(post("/sampling").with(TestPrincipal.office()).with(csrf()).param("level", "CITY")
                        .param("stratifyBy", "NONE").param("unitIds", units.get(0).toString()))
                .andExpect(view().name("sampling/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "redrawReason",
                        "problem.sampling.redraw_reason_required"));
        assertThat(sampling.view(active).active()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sampling_draw where supersedes_id = ?", Long.class,
                active)).isZero();
    }

    @Test
    void strataAreDrawnSeparately() {
        List<Long> units = acceptedUnits(3);
        long otherAreaId = data.areas().get(1).id();
        List<Long> others = acceptedUnits(2, otherAreaId);
        List<Long> all = new ArrayList<>(units);
        all.addAll(others);

        long id = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, all, Stratification.AREA,
                "strata-seed-01", "测试：分层"));
        SamplingDrawView draw = sampling.view(id);

        assertThat(draw.sampleSize()).isEqualTo(2);
        assertThat(draw.units()).extracting(SampledUnit::stratum).doesNotHaveDuplicates().hasSize(2);
        assertThat(sampling.reproduces(id)).isTrue();
    }

    @Test
    void unitNotAcceptedIsRejected() {
        long notAccepted = data.createUnit(data.areas().get(0).id());
        assertThatThrownBy(() -> data.asOffice(() -> sampling.draw(SamplingLevel.CITY, List.of(notAccepted),
                Stratification.NONE, null, "测试")))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("sampling.unit_not_accepted"));
    }

    @Test
    void resultIsRecordedAndExported() throws Exception {
        List<Long> units = acceptedUnits(2);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE,
                "export-seed-01", "测试：导出"));
        long unitId = sampling.view(id).units().get(0).unitId();

        mvc.perform(post("/sampling/{id}/units/{unit}", id, unitId).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(sampling.view(id).units().get(0).outcome()).isEqualTo("PENDING");
        mvc.perform(post("/sampling/{id}/units/{unit}", id, unitId).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString())
                        .param("notes", "视频监控不覆盖货物"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("有不合格项时须填写整改期限")));
        mvc.perform(post("/sampling/{id}/units/{unit}", id, unitId).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString())
                        .param("notes", "视频监控不覆盖货物").param("deadline", TODAY.plusDays(20).toString()))
                .andExpect(flash().attributeExists("success"));
        assertThat(sampling.view(id).units().get(0).outcome()).isEqualTo("FAILED");
        List<RectificationView> tasks = data.asOffice(() -> acceptances.rectifications(RectificationStatus.OPEN,
                unitId));
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.samplingDrawId()).isEqualTo(id);
            assertThat(task.title()).isEqualTo("市级抽检不合格");
            assertThat(task.requirement()).isEqualTo("视频监控不覆盖货物");
        });

        byte[] content = mvc.perform(get("/sampling/{id}/export.xlsx", id).with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("市级抽检样本");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("不合格");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("视频监控不覆盖货物");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("export-seed-01");
        }
        mvc.perform(post("/sampling").with(TestPrincipal.auditor()).with(csrf()).param("level", "CITY"))
                .andExpect(status().isForbidden());
    }

    @Test
    void failedSampleIsClosedByReinspection() {
        List<Long> units = acceptedUnits(1);
        long unitId = units.get(0);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "reinspect-seed-01", "测试：抽检整改"));
        data.asOffice(() -> sampling.recordResult(id, unitId, ItemOutcome.FAILED, TODAY, "LED屏不显示超限",
                TODAY.plusDays(10)));
        long accepted = jdbc.queryForObject("select id from acceptance where unit_id = ?", Long.class, unitId);

        long reinspection = data.asOffice(() -> acceptances.scheduleReinspection(accepted, TODAY.plusDays(5), "王五",
                null));
        AcceptanceItemView item = data.asOffice(() -> acceptances.view(reinspection)).items().get(0);
        assertThat(item.title()).isEqualTo("省级抽检不合格");
        assertThat(item.guidance()).isEqualTo("LED屏不显示超限");
        data.asOffice(() -> inspections.record(reinspection, item.id(), ItemOutcome.PASSED, "LED屏已更换"));
        data.asOffice(() -> acceptances.conclude(reinspection, null, null,
                data.asOffice(() -> acceptances.view(reinspection)).version()));

        assertThat(data.asOffice(() -> acceptances.rectifications(RectificationStatus.OPEN, unitId))).isEmpty();
        assertThatThrownBy(() -> data.asOffice(() -> sampling.recordResult(id, unitId, ItemOutcome.PASSED, TODAY,
                null, null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("sampling.result_recorded"));
    }

    private List<Long> acceptedUnits(int count) {
        return acceptedUnits(count, data.areas().get(0).id());
    }

    /** Creates units and accepts each by hand, every item passed. */
    private List<Long> acceptedUnits(int count, long areaId) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long unitId = data.createUnit(areaId);
            long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三", null));
            jdbc.update("update acceptance_item set check_key = null where acceptance_id = ?", id);
            for (AcceptanceItemView item : data.asOffice(() -> acceptances.view(id)).items()) {
                data.asOffice(() -> inspections.record(id, item.id(), ItemOutcome.PASSED, null));
            }
            data.asOffice(() -> acceptances.conclude(id, null, null, data.asOffice(() -> acceptances.view(id))
                    .version()));
            ids.add(unitId);
        }
        return ids;
    }
}
