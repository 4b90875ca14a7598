package cn.overloadcontrol.sourceunit.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.PublicUnitRow;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.support.IntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The public list is open to anyone, so it must never show personal data beyond the masked mobile. */
@IntegrationTest
class PublicUnitWebTest {

    private static final String LEGAL_REPRESENTATIVE = "公示法人甲";
    private static final String SAFETY_CONTACT = "公示安全员乙";
    private static final String SAFETY_PHONE = "13900001111";
    private static final String SUPERVISOR_MOBILE = "13812341234";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    LedgerTestData data;
    String marker;
    String publishedName;
    String hiddenName;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        marker = uniqueMarker();
        publishedName = "公示煤矿" + marker;
        hiddenName = "未公示煤矿" + marker;
        long published = data.createUnit(withPersonalData(data.completeFields(publishedName)));
        service.publish(published, LocalDate.of(2026, 5, 20));
        data.createUnit(withPersonalData(data.completeFields(hiddenName)));
    }

    private static UnitFields withPersonalData(UnitFields f) {
        return new UnitFields(f.name(), f.creditCode(), null, f.unitTypeId(), f.areaId(), f.address(), f.longitude(),
                f.latitude(), LEGAL_REPRESENTATIVE, SAFETY_CONTACT, SAFETY_PHONE, f.annualThroughput(),
                f.transportRoutes(), f.supervisionModeId(), f.supervisingDepartment(), "公示责任人", "米山镇人民政府",
                "0356-5221234", SUPERVISOR_MOBILE);
    }

    @Test
    void anonymousSeesOnlyPublishedUnits() throws Exception {
        MvcResult result = mvc.perform(get("/public/units").param("name", marker))
                .andExpect(status().isOk())
                .andExpect(view().name(PublicUnitController.LIST_VIEW))
                .andExpect(model().attributeExists("page", "areas", "unitTypes", "filter"))
                .andExpect(content().string(containsString(publishedName)))
                .andExpect(content().string(not(containsString(hiddenName))))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn();

        @SuppressWarnings("unchecked")
        Page<PublicUnitRow> page = (Page<PublicUnitRow>) result.getModelAndView().getModel().get("page");
        assertThat(page.getContent()).extracting(PublicUnitRow::name).containsExactly(publishedName);
    }

    @Test
    void pagePastTheEndShowsTheLastPage() throws Exception {
        MvcResult result = mvc.perform(get("/public/units").param("name", marker).param("page", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(publishedName)))
                .andReturn();

        @SuppressWarnings("unchecked")
        Page<PublicUnitRow> page = (Page<PublicUnitRow>) result.getModelAndView().getModel().get("page");
        assertThat(page.getNumber()).isZero();
        assertThat(page.getContent()).extracting(PublicUnitRow::name).containsExactly(publishedName);
    }

    @Test
    void publicPageShowsPublishedColumns() throws Exception {
        mvc.perform(get("/public/units").param("name", marker))
                .andExpect(content().string(containsString("米山镇")))
                .andExpect(content().string(containsString("煤矿")))
                .andExpect(content().string(containsString("高平市米山镇某村")))
                .andExpect(content().string(containsString("联网监控")))
                .andExpect(content().string(containsString("公示责任人")))
                .andExpect(content().string(containsString("米山镇人民政府")))
                .andExpect(content().string(containsString("0356-5221234")))
                .andExpect(content().string(containsString("138****1234")))
                .andExpect(content().string(containsString("2026-05-20")));
    }

    @Test
    void publicPageHidesPersonalData() throws Exception {
        for (String url : List.of("/public/units", "/public/units/print")) {
            mvc.perform(get(url).param("name", marker))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("138****1234")))
                    .andExpect(content().string(not(containsString(SUPERVISOR_MOBILE))))
                    .andExpect(content().string(not(containsString(LEGAL_REPRESENTATIVE))))
                    .andExpect(content().string(not(containsString(SAFETY_CONTACT))))
                    .andExpect(content().string(not(containsString(SAFETY_PHONE))))
                    .andExpect(content().string(not(containsString("91140581"))));
        }
    }

    @Test
    void publicPageFiltersByAreaAndType() throws Exception {
        String sanjia = Long.toString(data.areaId("140581102"));
        String washer = Long.toString(data.unitTypeId("COAL_WASHING"));
        String mishan = Long.toString(data.areaId("140581101"));
        String mine = Long.toString(data.unitTypeId("COAL_MINE"));

        mvc.perform(get("/public/units").param("name", marker).param("areaId", sanjia))
                .andExpect(content().string(not(containsString(publishedName))));
        mvc.perform(get("/public/units").param("name", marker).param("unitTypeId", washer))
                .andExpect(content().string(not(containsString(publishedName))));
        mvc.perform(get("/public/units").param("name", marker).param("areaId", mishan).param("unitTypeId", mine))
                .andExpect(content().string(containsString(publishedName)));
    }

    @Test
    void printViewListsEveryMatch() throws Exception {
        mvc.perform(get("/public/units/print").param("name", marker))
                .andExpect(status().isOk())
                .andExpect(view().name(PublicUnitController.PRINT_VIEW))
                .andExpect(model().attribute("truncated", false))
                .andExpect(content().string(containsString(publishedName)))
                .andExpect(content().string(containsString("data-print")));
    }

    @Test
    void publicPageLinksKeepSearch() throws Exception {
        mvc.perform(get("/public/units").param("name", marker))
                .andExpect(content().string(containsString("/public/units/print?name=" + marker)))
                .andExpect(content().string(containsString("/public/units.xlsx?name=" + marker)));
    }

    @Test
    void downloadHasPublicColumnsOnly() throws Exception {
        MvcResult result = mvc.perform(get("/public/units.xlsx").param("name", marker))
                .andExpect(status().isOk())
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            StringBuilder everything = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(cell -> everything.append(formatter.formatCellValue(cell)).append('|'));
            }
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("单位名称");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo(publishedName);
            assertThat(everything).contains("138****1234", "2026-05-20", "联网监控");
            assertThat(everything).doesNotContain(SUPERVISOR_MOBILE, LEGAL_REPRESENTATIVE, SAFETY_CONTACT,
                    SAFETY_PHONE, hiddenName, "91140581");
        }
    }
}
