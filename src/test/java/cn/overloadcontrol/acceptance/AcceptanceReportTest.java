package cn.overloadcontrol.acceptance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The acceptance report as .docx and .xlsx, opened with Apache POI. */
@IntegrationTest
class AcceptanceReportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void docxNamesUnitItemsAndResult() throws Exception {
        AcceptanceView acceptance = failedAcceptance();
        MockHttpServletResponse response = mvc.perform(get("/acceptances/{id}/report.docx", acceptance.id())
                        .with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).contains(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(acceptance.unitName() + "首次验收报告");
            assertThat(text).contains("验收结论：不合格");
            assertThat(text).contains("张三、李四");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            XWPFTable items = tables.get(1);
            assertThat(items.getNumberOfRows()).isEqualTo(acceptance.items().size() + 1);
            assertThat(items.getRow(1).getCell(1).getText()).isEqualTo(acceptance.items().get(0).title());
            assertThat(items.getRow(0).getCell(2).getText()).isEqualTo("检查方法");
            assertThat(items.getRow(1).getCell(2).getText())
                    .isEqualTo(java.util.Objects.requireNonNullElse(acceptance.items().get(0).guidance(), ""));
            assertThat(items.getRow(0).getCell(6).getText()).isEqualTo("记录人");
            assertThat(items.getRow(1).getCell(6).getText()).startsWith("test-office " + TODAY);
            assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("地磅基坑积水");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'acceptance'"
                + " and object_id = ? and action = 'EXPORT'", Long.class, Long.toString(acceptance.id())))
                .isEqualTo(1);
    }

    @Test
    void xlsxHasOneRowPerItem() throws Exception {
        AcceptanceView acceptance = failedAcceptance();
        byte[] content = mvc.perform(get("/acceptances/{id}/report.xlsx", acceptance.id())
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("验收检查项");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("检查项");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(acceptance.unitName());
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("不合格");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("地磅基坑积水");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("不合格");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("检查方法");
            assertThat(first.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
            int items = acceptance.items().size();
            assertThat(sheet.getRow(items + 1)).isNotNull();
            assertThat(labelled(sheet, "验收结论")).isEqualTo("不合格");
            assertThat(labelled(sheet, "结论人")).isEqualTo("test-office");
            assertThat(labelled(sheet, "结论说明")).isEqualTo("限期整改");
            int header = rowLabelled(sheet, "整改");
            assertThat(sheet.getRow(header + 1).getCell(1).getStringCellValue())
                    .isEqualTo(acceptance.rectifications().get(0).title());
            assertThat(sheet.getRow(header + 1).getCell(2).getStringCellValue()).isEqualTo("地磅基坑积水");
        }
    }

    @Test
    void handRecordedAutomaticItemReadsManualOnScreen() throws Exception {
        long unitId = data.createUnit(data.areas().get(0).id());
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三", null));
        AcceptanceItemView automatic = data.asOffice(() -> acceptances.view(id)).items().stream()
                .filter(AcceptanceItemView::automatic).findFirst().orElseThrow();
        jdbc.update("update acceptance_item set outcome = 'TO_REVIEW' where id = ?", automatic.id());
        data.asOffice(() -> inspections.record(id, automatic.id(), ItemOutcome.PASSED, "人工核对站点记录"));

        String page = mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        AcceptanceItemView recorded = data.asOffice(() -> acceptances.view(id)).items().stream()
                .filter(item -> item.id() == automatic.id()).findFirst().orElseThrow();

        assertThat(recorded.decidedByHand()).isTrue();
        String row = page.substring(page.indexOf(recorded.title()));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("人工检查").doesNotContain(">自动<");
    }

    private static int rowLabelled(Sheet sheet, String label) {
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            Row cells = sheet.getRow(row);
            if (cells != null && cells.getCell(0) != null
                    && label.equals(cells.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row labelled " + label);
    }

    private static String labelled(Sheet sheet, String label) {
        return sheet.getRow(rowLabelled(sheet, label)).getCell(1).getStringCellValue();
    }

    /** An acceptance whose first item failed by hand and every other item passed. */
    private AcceptanceView failedAcceptance() {
        long unitId = data.createUnit(data.areas().get(0).id());
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三、李四", null));
        List<AcceptanceItemView> items = data.asOffice(() -> acceptances.view(id)).items();
        for (int i = 0; i < items.size(); i++) {
            long itemId = items.get(i).id();
            boolean first = i == 0;
            jdbc.update("update acceptance_item set check_key = null where id = ?", itemId);
            data.asOffice(() -> inspections.record(id, itemId, first ? ItemOutcome.FAILED : ItemOutcome.PASSED,
                    first ? "地磅基坑积水" : null));
        }
        data.asOffice(() -> acceptances.conclude(id, TODAY.plusDays(10), "限期整改",
                data.asOffice(() -> acceptances.view(id)).version()));
        return data.asOffice(() -> acceptances.view(id));
    }
}
