package cn.overloadcontrol.sourceunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.overloadcontrol.common.excel.HostileFiles;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.overloadcontrol.sourceunit.ImportWorkbooks.newCreditCode;
import static cn.overloadcontrol.sourceunit.ImportWorkbooks.sheet;
import static cn.overloadcontrol.sourceunit.ImportWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

/** Files rejected as a whole: each gets a Chinese reason on the upload page and stores nothing. */
@IntegrationTest
class UnitImportFileRejectionTest {

    private static final List<String> REQUIRED_HEADERS = List.of("单位名称*", "统一社会信用代码*", "单位类型*",
            "乡镇(街道)*", "详细地址*");

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void textFileNamedXlsx() throws Exception {
        assertRejected("名单.xlsx", HostileFiles.textFile(), "文件内容不是 Excel 工作簿");
    }

    @Test
    void oldXlsWorkbook() throws Exception {
        assertRejected("名单.xls", HostileFiles.oldXls(), "旧版 Excel 97-2003 (.xls)");
    }

    @Test
    void pdfNamedXlsx() throws Exception {
        assertRejected("名单.xlsx", HostileFiles.pdf(), "文件内容不是 Excel 工作簿");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        assertRejected("名单.xlsx", HostileFiles.passwordProtectedXlsx(), "设置了打开密码");
    }

    @Test
    void emptyFile() throws Exception {
        assertRejected("名单.xlsx", new byte[0], "文件是空的");
    }

    @Test
    void noFileChosen() throws Exception {
        assertRejected("", new byte[0], "请选择要上传的 .xlsx 文件");
    }

    @Test
    void headerWithoutDataRows() throws Exception {
        assertRejected("名单.xlsx", workbook(List.of()), "表头（第 1 行）下面没有数据行");
    }

    @Test
    void workbookWithoutAnyRow() throws Exception {
        assertRejected("名单.xlsx", sheet(List.of(), List.of()), "第一个工作表是空的");
    }

    @Test
    void missingAndUnexpectedHeaders() throws Exception {
        byte[] file = sheet(List.of("单位名称*", "统一社会信用代码*", "乡镇(街道)*", "详细地址*", "备注"),
                List.of(List.of("测试表头", newCreditCode(), "米山镇", "米山镇某村", "无")));

        MvcResult result = assertRejected("名单.xlsx", file, "表头（第 1 行）与模板不一致");

        assertThat(fileErrors(result)).contains("缺少必填列“单位类型*”。", "E 列的表头“备注”不是模板中的列。");
    }

    @Test
    void duplicateHeader() throws Exception {
        List<String> headers = new ArrayList<>(REQUIRED_HEADERS);
        headers.add("单位名称");

        assertRejected("名单.xlsx", sheet(headers, List.of(List.of("甲", newCreditCode(), "煤矿", "米山镇", "某村", "乙"))),
                "表头“单位名称”出现了两次（A 列和 F 列）");
    }

    @Test
    void dataUnderBlankHeader() throws Exception {
        List<Object> row = new ArrayList<>(List.of("甲", newCreditCode(), "煤矿", "米山镇", "某村"));
        row.add(null);
        row.add("多出的内容");

        assertRejected("名单.xlsx", sheet(REQUIRED_HEADERS, List.of(row)), "G 列没有表头");
    }

    @Test
    void fileOverConfiguredSize() throws Exception {
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        new Random(7).nextBytes(elevenMegabytes);

        assertRejected("名单.xlsx", elevenMegabytes, "文件超过 10 MB 的大小上限");
    }

    @Test
    void moreRowsThanConfiguredMaximum() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            rows.add(List.of("测试超行" + i, "91140581MA0000000X", "煤矿", "米山镇", "某村"));
        }

        assertRejected("名单.xlsx", sheet(REQUIRED_HEADERS, rows), "数据超过 20000 行的上限");
    }

    @Test
    void zipBomb() throws Exception {
        assertRejected("名单.xlsx", HostileFiles.repeatedCellBomb(300), "解压后的内容异常巨大");
    }

    @Test
    void titleRowAboveHeaderIsSkipped() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(REQUIRED_HEADERS));
        rows.add(List.of("测试标题行下的单位", newCreditCode(), "煤矿", "米山镇", "某村"));
        byte[] file = sheet(List.of("高平市源头单位名单（2024年）"), rows);
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());

        UnitImportPreview preview = flow.previewModel(flow.uploadAccepted("名单.xlsx", file));

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.ok()).isTrue();
        });
    }

    private MvcResult assertRejected(String fileName, byte[] content, String expectedReason) throws Exception {
        int unitsBefore = unitCount();
        UnitImportFlow flow = new UnitImportFlow(mockMvc, TestPrincipal.office());

        MvcResult result = flow.upload(fileName, content);

        assertThat(result.getModelAndView().getViewName()).isEqualTo(UnitImportController.UPLOAD_VIEW);
        assertThat(fileErrors(result)).anySatisfy(line -> assertThat(line).contains(expectedReason));
        assertThat(result.getResponse().getContentAsString()).contains(expectedReason);
        assertThat(flow.session().getAttribute(UnitImportController.DRAFT_ATTRIBUTE)).isNull();
        assertThat(unitCount()).isEqualTo(unitsBefore);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fileErrors(MvcResult result) {
        return (List<String>) result.getModelAndView().getModel().get("fileErrors");
    }

    private int unitCount() {
        return jdbc.queryForObject("select count(*) from source_unit", Integer.class);
    }
}
