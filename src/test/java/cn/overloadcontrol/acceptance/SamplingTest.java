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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    @Autowired
    PlatformTransactionManager transactions;

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
        assertThat(draw.method()).isEqualTo("sha256-rank-v2");
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
    void unknownStratificationShowsFieldError() throws Exception {
        String body = mvc.perform(post("/sampling").with(TestPrincipal.office()).with(csrf()).param("level", "CITY")
                        .param("stratifyBy", "XX").param("redrawReason", "测试：未知分层"))
                .andExpect(view().name("sampling/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "stratifyBy", "typeMismatch"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("取值无效，只能是：不分层");
        assertThat(body).contains("填写的是“XX”");
    }

    @Test
    void concurrentRedrawIsRejectedNotServerError() throws Exception {
        List<Long> units = acceptedUnits(2);
        long first = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null,
                "测试：并发前的有效抽取"));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        java.util.concurrent.CompletableFuture<Throwable> second = new java.util.concurrent.CompletableFuture<>();

        // The first redraw holds the row lock of draw `first` until its transaction commits, so the
        // second redraw reads `first` as active and then waits for that lock.
        transaction.executeWithoutResult(status -> {
            data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null, "测试：并发一"));
            new Thread(() -> {
                try {
                    data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null,
                            "测试：并发二"));
                    second.complete(null);
                } catch (Throwable e) {
                    second.complete(e);
                }
            }).start();
            sleep(1000);
        });

        assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("level:sampling.draw_concurrent"));
        assertThat(jdbc.queryForObject("select count(*) from sampling_draw where supersedes_id = ?", Long.class,
                first)).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void auditScreenShowsSamplingInChinese() throws Exception {
        List<Long> units = acceptedUnits(1);
        long first = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null,
                "测试：审计用语一"));
        data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, null, "测试：审计用语二"));

        String page = mvc.perform(get("/audit").param("objectType", "sampling_draw")
                        .param("objectId", Long.toString(first)).with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"sampling_draw\"");
        assertThat(page).contains("<option value=\"acceptance\"");
        assertThat(page).contains("<option value=\"station_device\"");
        assertThat(page).contains("已被重抽替代");
        assertThat(page).doesNotContain("SUPERSEDED");
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
    void unitNotAcceptedIsRejected() throws Exception {
        long notAccepted = data.createUnit(data.areas().get(0).id());
        assertThatThrownBy(() -> data.asOffice(() -> sampling.draw(SamplingLevel.CITY, List.of(notAccepted),
                Stratification.NONE, null, "测试")))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("sampling.unit_not_accepted"));
        String name = jdbc.queryForObject("select name from source_unit where id = ?", String.class, notAccepted);

        mvc.perform(post("/sampling").with(TestPrincipal.office()).with(csrf()).param("level", "CITY")
                        .param("stratifyBy", "NONE").param("unitIds", Long.toString(notAccepted))
                        .param("redrawReason", "测试：未验收单位"))
                .andExpect(view().name("sampling/form"))
                .andExpect(result -> assertThat(((org.springframework.validation.BindingResult) result.getModelAndView()
                        .getModel().get("org.springframework.validation.BindingResult.form")).getFieldError("unitIds")
                        .getArguments()).containsExactly(name));
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
                .andExpect(flash().attribute("error",
                        "整改截止日期：抽检结果为不合格时须填写整改截止日期"));
        mvc.perform(post("/sampling/{id}/units/{unit}", id, unitId).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString())
                        .param("notes", "视频监控不覆盖货物").param("deadline", TODAY.plusDays(20).toString()))
                .andExpect(flash().attributeExists("success"));
        assertThat(sampling.view(id).units().get(0).outcome()).isEqualTo("FAILED");
        List<RectificationView> tasks = data.asOffice(() -> acceptances.rectifications(RectificationStatus.OPEN,
                unitId));
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.samplingDrawId()).isEqualTo(id);
            assertThat(task.title()).isEqualTo("晋城市抽检不合格");
            assertThat(task.requirement()).isEqualTo("视频监控不覆盖货物");
        });

        byte[] content = mvc.perform(get("/sampling/{id}/export.xlsx", id).with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("晋城市抽检样本");
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
        assertThat(item.title()).isEqualTo("山西省抽检不合格");
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

    @Test
    void resultDateBeforeDrawIsRejected() {
        List<Long> units = acceptedUnits(1);
        long unitId = units.get(0);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "date-seed-01", "测试：抽检日期"));

        assertThatThrownBy(() -> data.asOffice(() -> sampling.recordResult(id, unitId, ItemOutcome.PASSED,
                LocalDate.of(1900, 1, 1), null, null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("inspectedOn:date.out_of_range"));
        assertThatThrownBy(() -> data.asOffice(() -> sampling.recordResult(id, unitId, ItemOutcome.PASSED,
                TODAY.minusDays(1), null, null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("inspectedOn:sampling.date_before_draw"));
        assertThatThrownBy(() -> data.asOffice(() -> sampling.recordResult(id, unitId, ItemOutcome.FAILED,
                TODAY, "未联网", LocalDate.of(9999, 12, 31))))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("samplingDeadline:date.out_of_range"));
        assertThat(sampling.view(id).units().get(0).outcome()).isEqualTo("PENDING");
    }

    @Test
    void resultFormUsesSamplingWording() throws Exception {
        List<Long> units = acceptedUnits(1);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "wording-seed-01", "测试：抽检用语"));

        mvc.perform(post("/sampling/{id}/units/{unit}", id, units.get(0)).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString()))
                .andExpect(flash().attribute("error", "抽检情况：抽检结果为不合格时须填写不合格的情况 "
                        + "整改截止日期：抽检结果为不合格时须填写整改截止日期"));
        mvc.perform(post("/sampling/{id}/units/{unit}", id, units.get(0)).with(TestPrincipal.office()).with(csrf())
                        .param("outcome", "FAILED").param("inspectedOn", TODAY.toString()).param("notes", "未联网")
                        .param("deadline", TODAY.toString()))
                .andExpect(flash().attribute("error",
                        "整改截止日期“" + TODAY + "”：整改截止日期须晚于今天 " + TODAY));
        String page = mvc.perform(get("/sampling/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("山西省抽检", "整改截止日期", "抽检情况", "sha256-rank-v2")
                .doesNotContain("检查说明", "整改期限", "省级", "市级");
    }

    @Test
    void levelNamesComeFromJurisdiction() throws Exception {
        mvc.perform(get("/sampling").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("抽取山西省样本（5%）"),
                                org.hamcrest.Matchers.containsString("抽取晋城市样本（30%）"))));
        mvc.perform(get("/sampling/new").param("level", "CITY").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("山西省 5%、晋城市 30%"),
                                org.hamcrest.Matchers.containsString("可填写任意文字（含中文）"))));
    }

    @Test
    void chineseSeedIsAcceptedAndRecorded() throws Exception {
        List<Long> units = acceptedUnits(3);
        String seed = "二〇二六年晋城市第一次抽检";

        long id = data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE, seed,
                "测试：中文种子"));

        assertThat(sampling.view(id).seed()).isEqualTo(seed);
        assertThat(sampling.reproduces(id)).isTrue();
    }

    @Test
    void seedWithLineBreakIsRejected() {
        List<Long> units = acceptedUnits(1);

        assertThatThrownBy(() -> data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE,
                "第一行\n第二行", "测试")))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.value() + ":" + p.code())
                        .contains("seed:第一行\n第二行:sampling.seed_invalid"));
        assertThatThrownBy(() -> data.asOffice(() -> sampling.draw(SamplingLevel.CITY, units, Stratification.NONE,
                "种".repeat(65), "测试")))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).contains("sampling.seed_invalid"));
    }

    @Test
    void exportedInputListRechecksTheDraw() throws Exception {
        List<Long> units = acceptedUnits(4);
        long id = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "复核种子", "测试：名单复核"));
        SamplingDrawView draw = sampling.view(id);

        byte[] content = mvc.perform(get("/sampling/{id}/export.xlsx", id).with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet input = workbook.getSheet("抽取名单");
            assertThat(input.getRow(1).getCell(1).getStringCellValue()).isEqualTo("sha256-rank-v2");
            assertThat(input.getRow(2).getCell(1).getStringCellValue()).isEqualTo("复核种子");
            assertThat(input.getRow(5).getCell(1).getStringCellValue()).isEqualTo(draw.inputSha256());

            // Re-check as an auditor would: rebuild the list text, hash it, rank the codes.
            StringBuilder list = new StringBuilder();
            List<String> ranked = new ArrayList<>();
            List<String> drawnCodes = new ArrayList<>();
            int header = rowOf(input, "排序值");
            for (int row = header + 1; row <= input.getLastRowNum(); row++) {
                String code = input.getRow(row).getCell(1).getStringCellValue();
                list.append(code).append('\t').append(input.getRow(row).getCell(2).getStringCellValue()).append('\n');
                ranked.add(sha256("复核种子:" + code) + code);
                if ("抽中".equals(input.getRow(row).getCell(4).getStringCellValue())) {
                    drawnCodes.add(code);
                }
            }
            assertThat(input.getLastRowNum() - header).isEqualTo(4);
            assertThat(sha256(list.toString())).isEqualTo(draw.inputSha256());
            java.util.Collections.sort(ranked);
            assertThat(drawnCodes).containsExactly(ranked.get(0).substring(64));
            assertThat(draw.units()).extracting(SampledUnit::creditCode).containsExactlyElementsOf(drawnCodes);
        }
    }

    /** Returns the first row with {@code label} in column A (a fact) or D (the input table header). */
    private static int rowOf(Sheet sheet, String label) {
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
            org.apache.poi.ss.usermodel.Row cells = sheet.getRow(row);
            if (cells == null) {
                continue;
            }
            for (int column : new int[] {0, 3}) {
                if (cells.getCell(column) != null && label.equals(cells.getCell(column).getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row labelled " + label);
    }

    private static String factOf(Sheet sheet, String label) {
        return sheet.getRow(rowOf(sheet, label)).getCell(1).getStringCellValue();
    }

    @Test
    void exportsStateStatusAndRedraw() throws Exception {
        List<Long> units = acceptedUnits(2);
        long first = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "status-seed-01", "测试：导出状态一"));
        long second = data.asOffice(() -> sampling.draw(SamplingLevel.PROVINCE, units, Stratification.NONE,
                "status-seed-02", "首次抽取误用测试种子"));

        try (XSSFWorkbook workbook = export(first)) {
            Sheet input = workbook.getSheet("抽取名单");
            assertThat(factOf(input, "状态")).isEqualTo("已被重抽替代（由编号 " + second + " 的抽取替代）");
            assertThat(factOf(input, "抽取编号")).isEqualTo(Long.toString(first));
            assertThat(factOf(input, "抽取人")).isEqualTo("test-office");
            assertThat(factOf(input, "抽取时间")).startsWith(TODAY.toString());
            Sheet sample = workbook.getSheetAt(0);
            assertThat(sample.getRow(1).getCell(11).getStringCellValue()).startsWith("已被重抽替代");
        }
        try (XSSFWorkbook workbook = export(second)) {
            Sheet input = workbook.getSheet("抽取名单");
            assertThat(factOf(input, "状态")).isEqualTo("有效");
            assertThat(factOf(input, "本次替代的抽取编号")).isEqualTo(Long.toString(first));
            assertThat(factOf(input, "重抽原因")).isEqualTo("首次抽取误用测试种子");
        }
        String page = mvc.perform(get("/sampling/{id}", first).with(TestPrincipal.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/sampling/" + second + "\"").contains("查看替代它的抽取（编号 " + second + "）");
    }

    private XSSFWorkbook export(long drawId) throws Exception {
        byte[] content = mvc.perform(get("/sampling/{id}/export.xlsx", drawId).with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
