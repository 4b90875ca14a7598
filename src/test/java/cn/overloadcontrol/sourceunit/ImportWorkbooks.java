package cn.overloadcontrol.sourceunit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.CreditCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import workbooks for tests: rows of column values, valid by default. */
final class ImportWorkbooks {

    /** The GB 32100 character set without the check character's special cases. */
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A cell whose value is a formula with a cached result, as Excel saves it. */
    record Formula(String formula, String cachedValue) {
    }

    private ImportWorkbooks() {
    }

    /** Returns a valid credit code that no other test uses (31^9 random organization codes). */
    static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    /** Returns a well-formed code whose check character is wrong. */
    static String mismatchedCreditCode() {
        String valid = newCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    /** A row that imports cleanly into 米山镇 as a 煤矿. */
    static Map<UnitImportColumn, Object> validRow(String name, String creditCode) {
        Map<UnitImportColumn, Object> row = new EnumMap<>(UnitImportColumn.class);
        row.put(UnitImportColumn.NAME, name);
        row.put(UnitImportColumn.CREDIT_CODE, creditCode);
        row.put(UnitImportColumn.UNIT_TYPE, "煤矿");
        row.put(UnitImportColumn.AREA, "米山镇");
        row.put(UnitImportColumn.ADDRESS, "高平市米山镇测试村");
        row.put(UnitImportColumn.LONGITUDE, "112.923456");
        row.put(UnitImportColumn.LATITUDE, "35.797123");
        row.put(UnitImportColumn.LEGAL_REPRESENTATIVE, "张三");
        row.put(UnitImportColumn.SAFETY_CONTACT, "李四");
        row.put(UnitImportColumn.SAFETY_CONTACT_PHONE, "13800000001");
        row.put(UnitImportColumn.ANNUAL_THROUGHPUT, "120.5");
        row.put(UnitImportColumn.TRANSPORT_ROUTES, "经 G207 至晋城");
        row.put(UnitImportColumn.SUPERVISION_MODE, "驻场监管");
        row.put(UnitImportColumn.SUPERVISING_DEPARTMENT, "高平市治超办");
        row.put(UnitImportColumn.SUPERVISOR_NAME, "王五");
        row.put(UnitImportColumn.SUPERVISOR_DEPARTMENT, "米山镇人民政府");
        row.put(UnitImportColumn.SUPERVISOR_OFFICE_PHONE, "0356-5221234");
        row.put(UnitImportColumn.SUPERVISOR_MOBILE, "13900000002");
        return row;
    }

    /** A workbook with the template's headers and the given rows below them. */
    static byte[] workbook(List<Map<UnitImportColumn, Object>> rows) {
        List<String> headers = new ArrayList<>();
        for (UnitImportColumn column : UnitImportColumn.values()) {
            headers.add(column.templateHeader());
        }
        List<List<Object>> cells = new ArrayList<>();
        for (Map<UnitImportColumn, Object> row : rows) {
            List<Object> values = new ArrayList<>();
            for (UnitImportColumn column : UnitImportColumn.values()) {
                values.add(row.get(column));
            }
            cells.add(values);
        }
        return sheet(headers, cells);
    }

    /** A workbook with any header row and rows of cells: strings, numbers or {@link Formula}s. */
    static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        // Large files stream with inline strings; small ones use the shared-strings table as Excel does.
        try (Workbook workbook = rows.size() > 1000 ? new SXSSFWorkbook(200) : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("源头单位");
            writeRow(sheet.createRow(0), new ArrayList<>(headers));
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.formula());
                cell.setCellValue(formula.cachedValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
