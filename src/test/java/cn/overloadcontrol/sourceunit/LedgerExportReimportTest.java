package cn.overloadcontrol.sourceunit;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.sourceunit.LedgerTestData.newCreditCode;
import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withCreditCode;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withWrongCheckCharacter;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withoutSupervision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** An exported ledger goes back into the import as it is: its only problem is that the units exist. */
@IntegrationTest
class LedgerExportReimportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService units;

    @Test
    void exportedFileReimportsWithOnlyLedgerDuplicates() throws Exception {
        LedgerTestData data = new LedgerTestData(regions, units);
        String marker = uniqueMarker();
        data.createUnit("回导煤矿" + marker, "140581101");
        data.createUnit(withoutSupervision(data.completeFields("回导无监管" + marker)));
        data.createUnit(withCreditCode(data.completeFields("回导早期代码" + marker),
                withWrongCheckCharacter(newCreditCode()), "早期代码，经市场监管局核实"));

        byte[] exported = mvc.perform(get("/units/export.xlsx").param("keyword", marker).with(TestPrincipal.office()))
                .andReturn().getResponse().getContentAsByteArray();
        UnitImportFlow flow = new UnitImportFlow(mvc, TestPrincipal.office());
        UnitImportPreview preview = flow.previewModel(flow.uploadAccepted("台账导出" + marker + ".xlsx", exported));

        assertThat(preview.rowCount()).isEqualTo(3);
        assertThat(preview.rows()).allSatisfy(row -> {
            assertThat(row.problems()).hasSize(1);
            assertThat(row.problems().get(0).column()).isEqualTo(UnitImportColumn.CREDIT_CODE);
            assertThat(row.problems().get(0).problem().messageKey()).endsWith("credit_code.duplicate");
        });
        assertThat(preview.rows()).extracting(UnitImportRowResult::name)
                .containsExactlyInAnyOrder("回导煤矿" + marker, "回导无监管" + marker, "回导早期代码" + marker);
    }
}
