package cn.overloadcontrol.sourceunit;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.overloadcontrol.sourceunit.ImportWorkbooks.newCreditCode;
import static cn.overloadcontrol.sourceunit.ImportWorkbooks.validRow;
import static cn.overloadcontrol.sourceunit.ImportWorkbooks.workbook;
import static cn.overloadcontrol.sourceunit.UnitImportColumn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitImportWebTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService units;

    @Test
    void goodFileImportsEveryRowWithItsFields() throws Exception {
        String fileName = uniqueFileName();
        String code1 = newCreditCode();
        String code2 = newCreditCode();
        String code3 = ImportWorkbooks.mismatchedCreditCode();
        Map<UnitImportColumn, Object> first = validRow("测试米山煤业", code1);
        Map<UnitImportColumn, Object> second = validRow("测试洗煤厂", code2.toLowerCase());
        second.put(UNIT_TYPE, "洗煤厂");
        second.put(AREA, "三甲镇");
        second.put(SUPERVISION_MODE, null);
        second.put(LONGITUDE, null);
        second.put(SAFETY_CONTACT_PHONE, 13812345678d);
        second.put(NAME, new ImportWorkbooks.Formula("\"测试\"&\"洗煤厂公式\"", "测试洗煤厂公式"));
        Map<UnitImportColumn, Object> third = validRow("测试早期代码焦化厂", code3);
        third.put(CREDIT_CODE_OVERRIDE_REASON, "2015年试点地区早期代码，经市场监管局核实");
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());

        String previewUrl = flow.uploadAccepted(fileName, workbook(List.of(first, second, third)));
        MvcResult preview = flow.preview(previewUrl);
        MvcResult commit = flow.commit(previewUrl);

        assertThat(preview.getModelAndView().getViewName()).isEqualTo(UnitImportController.PREVIEW_VIEW);
        UnitImportPreview model = (UnitImportPreview) preview.getModelAndView().getModel().get("preview");
        assertThat(model.problemRows()).isEmpty();
        assertThat(model.importable()).isTrue();
        assertThat(commit.getResponse().getRedirectedUrl()).isEqualTo("/units/import");
        assertThat(commit.getFlashMap().get("success")).asString().contains("导入 3 家源头单位");

        Map<String, Object> stored1 = unitByCode(code1);
        assertThat(stored1.get("name")).isEqualTo("测试米山煤业");
        assertThat(stored1.get("area_id")).isEqualTo(areaId("米山镇"));
        assertThat(stored1.get("unit_type_id")).isEqualTo(dictionaryId(DictionaryKind.UNIT_TYPE, "煤矿"));
        assertThat(stored1.get("supervision_mode_id")).isEqualTo(dictionaryId(DictionaryKind.SUPERVISION_MODE, "驻场监管"));
        assertThat((BigDecimal) stored1.get("longitude")).isEqualByComparingTo("112.923456");
        assertThat((BigDecimal) stored1.get("annual_throughput")).isEqualByComparingTo("120.5");
        assertThat(stored1.get("supervisor_office_phone")).isEqualTo("0356-5221234");
        assertThat(stored1.get("status")).isEqualTo("OPERATING");
        assertThat(stored1.get("published")).isEqualTo(false);

        Map<String, Object> stored2 = unitByCode(code2);
        assertThat(stored2.get("name")).isEqualTo("测试洗煤厂公式");
        assertThat(stored2.get("area_id")).isEqualTo(areaId("三甲镇"));
        assertThat(stored2.get("supervision_mode_id")).isNull();
        assertThat(stored2.get("longitude")).isNull();
        assertThat(stored2.get("safety_contact_phone")).isEqualTo("13812345678");

        assertThat(unitByCode(code3).get("credit_code_override_reason")).isEqualTo("2015年试点地区早期代码，经市场监管局核实");
        assertThat(auditCount("IMPORT", fileName)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'IMPORT' and object_label = ?",
                String.class, fileName)).contains("导入 3 家单位");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CREATE' and detail like ?",
                Integer.class, "%" + fileName + "%")).isEqualTo(3);
    }

    @Test
    void previewListsEveryKindOfProblemAndStoresNothing() throws Exception {
        String inLedger = newCreditCode();
        units.create(new UnitFields("测试台账已有单位", inLedger, null, dictionaryId(DictionaryKind.UNIT_TYPE, "煤矿"),
                areaId("米山镇"), "高平市米山镇", null, null, null, null, null, null, null, null, null, null, null, null,
                null));
        String duplicated = newCreditCode();
        List<Map<UnitImportColumn, Object>> rows = new ArrayList<>();
        rows.add(with(validRow("测试格式错误", "12345"), Map.of()));                                    // row 2
        rows.add(validRow("测试校验位不符", ImportWorkbooks.mismatchedCreditCode()));                      // row 3
        rows.add(with(validRow("测试未知乡镇", newCreditCode()), Map.of(AREA, "火星镇")));                  // row 4
        rows.add(with(validRow("测试未知类型", newCreditCode()), Map.of(UNIT_TYPE, "养猪场")));              // row 5
        rows.add(with(validRow("测试未知监管方式", newCreditCode()), Map.of(SUPERVISION_MODE, "天天看")));      // row 6
        rows.add(validRow("测试文件内重复甲", duplicated));                                                // row 7
        rows.add(validRow("测试文件内重复乙", duplicated));                                                // row 8
        rows.add(validRow("测试与台账重复", inLedger));                                                   // row 9
        Map<UnitImportColumn, Object> missing = validRow(null, newCreditCode());
        missing.remove(ADDRESS);
        rows.add(missing);                                                                              // row 10
        rows.add(with(validRow("测试数字错误", newCreditCode()),
                Map.of(LONGITUDE, "东经112度", LATITUDE, "95", ANNUAL_THROUGHPUT, "-3")));                  // row 11
        rows.add(with(validRow("测试电话错误", newCreditCode()),
                Map.of(SAFETY_CONTACT_PHONE, "12345", SUPERVISOR_MOBILE, "0356-5221234")));              // row 12
        rows.add(validRow("模板示例行", UnitImportTemplate.EXAMPLE_CREDIT_CODE));                          // row 13
        rows.add(with(validRow("测试数字格式代码", null), Map.of(CREDIT_CODE, 911405811234567890d)));         // row 14
        rows.add(validRow("测试正确行", newCreditCode()));                                                // row 15
        String closedArea = "测试停用区" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into area (code, name, kind, statutory, active) values (?, ?, 'OTHER', false, false)",
                "T" + UUID.randomUUID().toString().substring(0, 8), closedArea);
        rows.add(with(validRow("测试停用乡镇", newCreditCode()), Map.of(AREA, closedArea)));                  // row 16
        String retiredType = "测试停用类型" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into unit_dictionary (kind, code, label, active) values ('UNIT_TYPE', ?, ?, false)",
                "T" + UUID.randomUUID().toString().substring(0, 8), retiredType);
        rows.add(with(validRow("测试停用类型单位", newCreditCode()), Map.of(UNIT_TYPE, retiredType)));         // row 17
        int unitsBefore = unitCount();
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());

        String previewUrl = flow.uploadAccepted(uniqueFileName(), workbook(rows));
        MvcResult page = flow.preview(previewUrl);
        MvcResult commit = flow.commit(previewUrl);

        UnitImportPreview preview = (UnitImportPreview) page.getModelAndView().getModel().get("preview");
        Map<Integer, Set<String>> problems = problemsByRow(preview);
        assertThat(problems.get(2)).containsExactly("CREDIT_CODE credit_code.malformed");
        assertThat(problems.get(3)).containsExactly("CREDIT_CODE import.credit_code.check_mismatch");
        assertThat(problems.get(4)).containsExactly("AREA area.unknown");
        assertThat(problems.get(5)).containsExactly("UNIT_TYPE unit_type.unknown");
        assertThat(problems.get(6)).containsExactly("SUPERVISION_MODE supervision_mode.unknown");
        assertThat(problems.get(7)).containsExactly("CREDIT_CODE credit_code.duplicate_in_file");
        assertThat(problems.get(8)).containsExactly("CREDIT_CODE credit_code.duplicate_in_file");
        assertThat(problems.get(9)).containsExactly("CREDIT_CODE credit_code.duplicate");
        assertThat(problems.get(10)).containsExactlyInAnyOrder("NAME required", "ADDRESS required");
        assertThat(problems.get(11)).containsExactlyInAnyOrder("LONGITUDE number.invalid",
                "LATITUDE number.out_of_range", "ANNUAL_THROUGHPUT number.negative");
        assertThat(problems.get(12)).containsExactlyInAnyOrder("SAFETY_CONTACT_PHONE phone.invalid",
                "SUPERVISOR_MOBILE phone.mobile_invalid");
        assertThat(problems.get(13)).containsExactly("null import.example_row");
        assertThat(problems.get(14)).containsExactly("CREDIT_CODE credit_code.malformed");
        assertThat(problems.get(15)).isEmpty();
        assertThat(problems.get(16)).containsExactly("AREA area.inactive");
        assertThat(problems.get(17)).containsExactly("UNIT_TYPE unit_type.inactive");
        assertThat(preview.importable()).isFalse();

        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("该统一社会信用代码在文件中重复出现（第 8 行）");
        assertThat(html).contains("该统一社会信用代码在文件中重复出现（第 7 行）");
        assertThat(html).contains("“火星镇”");
        assertThat(html).contains("“9.11406E+17”");
        assertThat(html).contains("未知的乡镇(街道)");
        assertThat(html).contains("该统一社会信用代码已在台账中登记");
        assertThat(html).contains("不是有效的数字");
        assertThat(html).doesNotContain("确认导入</button>");

        assertThat(commit.getModelAndView().getViewName()).isEqualTo(UnitImportController.PREVIEW_VIEW);
        assertThat(commit.getModelAndView().getModel().get("error")).asString().contains("未保存任何数据");
        assertThat(unitCount()).isEqualTo(unitsBefore);
    }

    @Test
    void commitStoresNothingWhenLedgerChangedAfterPreview() throws Exception {
        String code1 = newCreditCode();
        String code2 = newCreditCode();
        String code3 = newCreditCode();
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());
        String previewUrl = flow.uploadAccepted(uniqueFileName(), workbook(List.of(validRow("测试原子导入甲", code1),
                validRow("测试原子导入乙", code2), validRow("测试原子导入丙", code3))));
        assertThat(flow.previewModel(previewUrl).importable()).isTrue();

        units.create(new UnitFields("测试抢先登记", code2, null, dictionaryId(DictionaryKind.UNIT_TYPE, "煤矿"),
                areaId("米山镇"), "高平市米山镇", null, null, null, null, null, null, null, null, null, null, null, null,
                null));
        MvcResult commit = flow.commit(previewUrl);

        assertThat(commit.getModelAndView().getViewName()).isEqualTo(UnitImportController.PREVIEW_VIEW);
        UnitImportPreview rejected = (UnitImportPreview) commit.getModelAndView().getModel().get("preview");
        assertThat(rejected.problemRows()).singleElement()
                .satisfies(row -> assertThat(row.rowNumber()).isEqualTo(3));
        assertThat(countCodes(code1, code2, code3)).isEqualTo(1);
        assertThat(unitByCode(code2).get("name")).isEqualTo("测试抢先登记");
    }

    @Test
    void fiveThousandRowsImport() throws Exception {
        List<Map<UnitImportColumn, Object>> rows = new ArrayList<>();
        String prefix = "测试批量" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 0; i < 5000; i++) {
            rows.add(validRow(prefix + i, newCreditCode()));
        }
        byte[] file = workbook(rows);
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());

        long start = System.nanoTime();
        String previewUrl = flow.uploadAccepted(uniqueFileName(), file);
        long uploaded = System.nanoTime();
        MvcResult preview = flow.preview(previewUrl);
        long previewed = System.nanoTime();
        MvcResult commit = flow.commit(previewUrl);
        long committed = System.nanoTime();

        System.out.printf("Import of 5,000 rows (%,d bytes): upload %d ms, preview %d ms, commit %d ms%n",
                file.length, (uploaded - start) / 1_000_000, (previewed - uploaded) / 1_000_000,
                (committed - previewed) / 1_000_000);
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(commit.getResponse().getRedirectedUrl()).isEqualTo("/units/import");
        assertThat(jdbc.queryForObject("select count(*) from source_unit where name like ?", Integer.class,
                prefix + "%")).isEqualTo(5000);
    }

    @Test
    void templateOpensWithHeadersAndAllowedValues() throws Exception {
        byte[] content = mockMvc.perform(get("/units/import/template.xlsx").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            XSSFSheet data = workbook.getSheetAt(0);
            Row header = data.getRow(0);
            for (UnitImportColumn column : UnitImportColumn.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.templateHeader());
            }
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("单位名称*");
            assertThat(data.getRow(1).getCell(CREDIT_CODE.ordinal()).getStringCellValue())
                    .isEqualTo(UnitImportTemplate.EXAMPLE_CREDIT_CODE);
            assertThat(data.getDataValidations()).hasSize(3);
            assertThat(columnValues(workbook.getSheetAt(1), 0)).contains("米山镇", "北城街道");
            assertThat(columnValues(workbook.getSheetAt(1), 1)).contains("煤矿", "洗煤厂");
            assertThat(columnValues(workbook.getSheetAt(1), 2)).contains("驻场监管");
        }
    }

    @Test
    void untouchedTemplateIsRejectedForItsExampleRow() throws Exception {
        RequestPostProcessor office = TestPrincipal.office();
        byte[] template = mockMvc.perform(get("/units/import/template.xlsx").with(office))
                .andReturn().getResponse().getContentAsByteArray();
        UnitImportFlow flow = new UnitImportFlow(mockMvc, office);

        UnitImportPreview preview = flow.previewModel(flow.uploadAccepted(uniqueFileName(), template));

        assertThat(preview.rowCount()).isEqualTo(1);
        assertThat(problemsByRow(preview).get(2)).contains("null import.example_row");
    }

    @Test
    void userWithoutImportPermissionIsForbidden() throws Exception {
        RequestPostProcessor auditor = TestPrincipal.auditor();
        byte[] file = workbook(List.of(validRow("测试无权限", newCreditCode())));

        mockMvc.perform(get("/units/import").with(auditor)).andExpect(status().isForbidden());
        mockMvc.perform(get("/units/import/template.xlsx").with(auditor)).andExpect(status().isForbidden());
        mockMvc.perform(multipart("/units/import")
                        .file(new MockMultipartFile("file", "a.xlsx", null, file))
                        .with(auditor).with(csrf()))
                .andExpect(status().isForbidden());
        // Town staff may import into their own areas (areaScopedUserImportsOnlyIntoOwnAreas); enforcement may not.
        mockMvc.perform(get("/units/import").with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL)))
                .andExpect(status().isForbidden());
    }

    @Test
    void areaScopedUserImportsOnlyIntoOwnAreas() throws Exception {
        long ownArea = areaId("米山镇");
        // Town staff have unit:create but not unit:import, so this user combines an area scope with unit:import.
        RequestPostProcessor townImporter = SecurityMockMvcRequestPostProcessors.user(new TestPrincipal(
                990_001, "test-town-importer", Set.of(Role.TOWN_STAFF, Role.OFFICE_STAFF),
                DataScope.areas(Set.of(ownArea))));
        String own = newCreditCode();
        Map<UnitImportColumn, Object> other = with(validRow("测试外辖区单位", newCreditCode()), Map.of(AREA, "三甲镇"));
        UnitImportFlow flow = new UnitImportFlow(mockMvc, townImporter);

        String previewUrl = flow.uploadAccepted(uniqueFileName(),
                workbook(List.of(validRow("测试本辖区单位", own), other)));
        UnitImportPreview preview = flow.previewModel(previewUrl);
        byte[] template = mockMvc.perform(get("/units/import/template.xlsx").with(townImporter))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(problemsByRow(preview).get(2)).isEmpty();
        assertThat(problemsByRow(preview).get(3)).containsExactly("AREA area.out_of_scope");
        assertThat(preview.importable()).isFalse();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(columnValues(workbook.getSheetAt(1), 0)).containsExactly("乡镇(街道)", "米山镇");
        }
    }

    @Test
    void previewOfAnotherSessionIsExpired() throws Exception {
        RequestPostProcessor office = TestPrincipal.office();
        UnitImportFlow flow = new UnitImportFlow(mockMvc, office);
        String previewUrl = flow.uploadAccepted(uniqueFileName(),
                workbook(List.of(validRow("测试会话", newCreditCode()))));

        MvcResult otherSession = new UnitImportFlow(mockMvc, office).commit(previewUrl);

        assertThat(otherSession.getResponse().getRedirectedUrl()).isEqualTo("/units/import");
        assertThat(otherSession.getFlashMap().get("error")).asString().contains("导入预览已失效");
    }

    static Map<UnitImportColumn, Object> with(Map<UnitImportColumn, Object> row, Map<UnitImportColumn, Object> changes) {
        row.putAll(changes);
        return row;
    }

    static Map<Integer, Set<String>> problemsByRow(UnitImportPreview preview) {
        Map<Integer, Set<String>> byRow = new HashMap<>();
        for (UnitImportRowResult row : preview.rows()) {
            byRow.put(row.rowNumber(), row.problems().stream()
                    .map(problem -> problem.column() + " " + problem.problem().code())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return byRow;
    }

    static String uniqueFileName() {
        return "测试名单-" + UUID.randomUUID() + ".xlsx";
    }

    private static List<String> columnValues(Sheet sheet, int column) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(column) != null) {
                values.add(formatter.formatCellValue(row.getCell(column)));
            }
        }
        return values;
    }

    private Map<String, Object> unitByCode(String code) {
        return jdbc.queryForMap("select * from source_unit where credit_code = ?", code);
    }

    private int countCodes(String... codes) {
        return jdbc.queryForObject("select count(*) from source_unit where credit_code = any (?)", Integer.class,
                (Object) codes);
    }

    private int unitCount() {
        return jdbc.queryForObject("select count(*) from source_unit", Integer.class);
    }

    private int auditCount(String action, String objectLabel) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ? and object_label = ?",
                Integer.class, action, objectLabel);
    }

    private long areaId(String name) {
        return regions.findByName(name).orElseThrow().id();
    }

    private long dictionaryId(DictionaryKind kind, String label) {
        return units.dictionary(kind).stream().filter(item -> item.label().equals(label)).findFirst().orElseThrow()
                .id();
    }
}
