package cn.overloadcontrol.weighing.web;

import java.io.ByteArrayInputStream;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The export of the filtered record list: every matching row, masked, streamed, audited. */
@IntegrationTest
class RecordExportTest {

    /** More than the cursor's fetch size of 1,000, so the export reads several fetches. */
    static final int COPIES = 1_500;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;
    String plate;

    @BeforeEach
    void storeManyRecords() throws Exception {
        station = data.stationWithKey();
        plate = Plates.unique();
        long id = RecordSender.send(mvc, station, RecordSender.record(plate, 52_400, "HOLD"));
        copyRecord(id, COPIES - 1);
    }

    @Test
    void exportHoldsEveryMatchingRowWithDriverMaskedAndIsAudited() throws Exception {
        byte[] file = mvc.perform(get("/weighings/export.xlsx").param("plate", plate).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(COPIES);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("车牌号");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(plate);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(52.40);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("张* 138****5678");
        }
        String detail = jdbc.queryForObject("select detail from audit_log where action = 'EXPORT'"
                + " and object_type = 'weighing_record' and detail like ? order by id desc limit 1", String.class,
                "%" + plate + "%");
        assertThat(detail).startsWith("rows=" + COPIES);
    }

    @Test
    void otherTownExportsNoneOfTheRows() throws Exception {
        long otherArea = data.areas().get(1).id();
        byte[] file = mvc.perform(get("/weighings/export.xlsx").param("plate", plate)
                        .with(TestPrincipal.town(otherArea)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    /**
     * Copies a stored record with new ids straight in SQL: posting 1,500 signed records would
     * take minutes. The copies are outside the station's hash chain, which this test never checks.
     */
    private void copyRecord(long id, int copies) {
        String columns = jdbc.queryForObject("""
                select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                 where table_name = 'weighing_record' and column_name <> 'id'
                """, String.class);
        jdbc.update("insert into weighing_record (id, " + columns + ") select nextval('weighing_record_id_seq'), "
                + columns + " from weighing_record cross join generate_series(1, ?) where id = ?", copies, id);
    }
}
