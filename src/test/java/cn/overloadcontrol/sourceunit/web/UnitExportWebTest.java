package cn.overloadcontrol.sourceunit.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditQuery;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitExportWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    @Autowired
    AuditLog auditLog;

    LedgerTestData data;
    String marker;
    long mishan;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        marker = uniqueMarker();
        mishan = data.areaId("140581101");
    }

    /** Returns the data rows of the first sheet, each as the text of its cells. */
    private static List<List<String>> rowsOf(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void exportContainsFilteredUnitsWithHeader() throws Exception {
        long id = data.createUnit("导出煤矿" + marker, "140581101");
        data.createUnit("导出他镇" + marker, "140581102");

        MvcResult result = mvc.perform(get("/units/export.xlsx").param("keyword", marker)
                        .param("areaId", Long.toString(mishan)).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", UnitExportController.XLSX_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn();

        List<List<String>> rows = rowsOf(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).startsWith("单位名称*", "统一社会信用代码*", "校验位不符原因", "单位类型*", "乡镇(街道)*");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("导出煤矿" + marker);
        assertThat(rows.get(1)).contains("米山镇", "煤矿", "张法人", "13812341234", "在营", "未公示");
        assertThat(id).isPositive();
    }

    @Test
    void exportEscapesFormulaText() throws Exception {
        UnitFields fields = data.completeFields("=HYPERLINK(\"http://127.0.0.1\",\"点击\")" + marker);
        UnitFields withFormulas = new UnitFields(fields.name(), fields.creditCode(), null, fields.unitTypeId(),
                fields.areaId(), "@SUM(1+1)" + marker, fields.longitude(), fields.latitude(), "+张三", "-李四",
                fields.safetyContactPhone(), fields.annualThroughput(), "\t=1+2", fields.supervisionModeId(),
                "=cmd|' /C calc'!A0", fields.supervisorName(), fields.supervisorDepartment(),
                fields.supervisorOfficePhone(), fields.supervisorMobile());
        data.createUnit(withFormulas);

        MvcResult result = mvc.perform(get("/units/export.xlsx").param("keyword", marker)
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < row.getLastCellNum(); i++) {
                if (row.getCell(i) != null) {
                    assertThat(row.getCell(i).getCellType()).as("cell %d", i).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + withFormulas.name());
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("'@SUM(1+1)" + marker);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("'+张三");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("'-李四");
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("'\t=1+2");
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
        }
    }

    @Test
    void exportKeepsNumbersAndDatesTyped() throws Exception {
        data.createUnit("类型单元格" + marker, "140581101");

        MvcResult result = mvc.perform(get("/units/export.xlsx").param("keyword", marker)
                        .with(TestPrincipal.office()))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(120.5);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(112.923456);
            assertThat(row.getCell(22).getLocalDateTimeCellValue()).isNotNull();
        }
    }

    @Test
    void exportHonoursTownScope() throws Exception {
        data.createUnit("本镇导出" + marker, "140581101");
        data.createUnit("他镇导出" + marker, "140581102");

        MvcResult result = mvc.perform(get("/units/export.xlsx").param("keyword", marker)
                        .with(TestPrincipal.town(mishan)))
                .andExpect(status().isOk())
                .andReturn();

        List<List<String>> rows = rowsOf(result.getResponse().getContentAsByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo("本镇导出" + marker);
    }

    @Test
    void exportIsAuditedWithFilterAndRowCount() throws Exception {
        data.createUnit("审计导出一" + marker, "140581101");
        data.createUnit("审计导出二" + marker, "140581101");

        mvc.perform(get("/units/export.xlsx").param("keyword", marker).param("status", "OPERATING")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk());

        assertThat(auditLog.search(new AuditQuery("test-office_staff", AuditAction.EXPORT, "source_unit", null, null,
                        null, null), PageRequest.of(0, 100)).getContent())
                .anySatisfy(record -> assertThat(record.detail())
                        .contains("rows=2").contains("keyword=" + marker).contains("status=OPERATING"));
    }

    @Test
    void exportNeedsPermission() throws Exception {
        long id = data.createUnit("无权导出" + marker, "140581101");

        mvc.perform(get("/units/export.xlsx").with(TestPrincipal.enterprise(id))).andExpect(status().isForbidden());
        mvc.perform(get("/units/export.xlsx")).andExpect(status().is3xxRedirection());
    }
}
