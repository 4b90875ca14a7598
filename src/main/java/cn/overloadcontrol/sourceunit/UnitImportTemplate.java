package cn.overloadcontrol.sourceunit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the import template: the header row, one example row that the import rejects if it is
 * left in, and a sheet of allowed values that feeds drop-down lists in the data sheet.
 */
@Component
class UnitImportTemplate {

    /** Credit code of the example row; a valid code, so the row shows every other column's format. */
    static final String EXAMPLE_CREDIT_CODE = exampleCreditCode();

    private static final String TEXT_FORMAT = "@";

    private final RegionService regions;
    private final SourceUnitService units;
    private final UnitImportProperties properties;
    private final MessageSource messages;

    UnitImportTemplate(RegionService regions, SourceUnitService units, UnitImportProperties properties,
            MessageSource messages) {
        this.regions = regions;
        this.units = units;
        this.properties = properties;
        this.messages = messages;
    }

    /** Builds the workbook; the area list holds only the areas the user may import into. */
    byte[] build(DataScope scope) {
        List<String> areas = regions.activeAreas().stream()
                .filter(area -> scope.all() || scope.areaIds().contains(area.id()))
                .map(AreaView::name)
                .toList();
        List<String> unitTypes = activeLabels(DictionaryKind.UNIT_TYPE);
        List<String> supervisionModes = activeLabels(DictionaryKind.SUPERVISION_MODE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(message("unit.import.template.sheet.data"));
            Sheet values = workbook.createSheet(message("unit.import.template.sheet.values"));

            writeHeader(workbook, data);
            writeExample(data, first(areas), first(unitTypes), first(supervisionModes));
            writeValueList(values, 0, UnitImportColumn.AREA, areas);
            writeValueList(values, 1, UnitImportColumn.UNIT_TYPE, unitTypes);
            writeValueList(values, 2, UnitImportColumn.SUPERVISION_MODE, supervisionModes);
            addDropDown(data, values, UnitImportColumn.AREA, 0, areas.size());
            addDropDown(data, values, UnitImportColumn.UNIT_TYPE, 1, unitTypes.size());
            addDropDown(data, values, UnitImportColumn.SUPERVISION_MODE, 2, supervisionModes.size());

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the import template", e);
        }
    }

    private List<String> activeLabels(DictionaryKind kind) {
        return units.dictionary(kind).stream().filter(DictionaryItemView::active).map(DictionaryItemView::label)
                .toList();
    }

    private void writeHeader(XSSFWorkbook workbook, Sheet data) {
        CellStyle required = headerStyle(workbook, IndexedColors.LIGHT_ORANGE);
        CellStyle optional = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
        // Text cells keep leading zeros and all 18 characters of a credit code or a phone number.
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));

        Row header = data.createRow(0);
        for (UnitImportColumn column : UnitImportColumn.values()) {
            var cell = header.createCell(column.ordinal());
            cell.setCellValue(column.templateHeader());
            cell.setCellStyle(column.required() ? required : optional);
            data.setDefaultColumnStyle(column.ordinal(), text);
            data.setColumnWidth(column.ordinal(), Math.max(12, column.header().length() * 2 + 4) * 256);
        }
        data.setColumnWidth(UnitImportColumn.NAME.ordinal(), 30 * 256);
        data.setColumnWidth(UnitImportColumn.CREDIT_CODE.ordinal(), 22 * 256);
        data.setColumnWidth(UnitImportColumn.ADDRESS.ordinal(), 30 * 256);
        data.createFreezePane(0, 1);
    }

    private void writeExample(Sheet data, String area, String unitType, String supervisionMode) {
        String county = regions.jurisdiction().name();
        Row row = data.createRow(1);
        setText(row, UnitImportColumn.NAME, message("unit.import.template.example.name", county));
        setText(row, UnitImportColumn.CREDIT_CODE, EXAMPLE_CREDIT_CODE);
        setText(row, UnitImportColumn.UNIT_TYPE, unitType);
        setText(row, UnitImportColumn.AREA, area);
        setText(row, UnitImportColumn.ADDRESS, message("unit.import.template.example.address", county, area));
        setText(row, UnitImportColumn.LONGITUDE, "112.923456");
        setText(row, UnitImportColumn.LATITUDE, "35.797123");
        setText(row, UnitImportColumn.LEGAL_REPRESENTATIVE, message("unit.import.template.example.person1"));
        setText(row, UnitImportColumn.SAFETY_CONTACT, message("unit.import.template.example.person2"));
        setText(row, UnitImportColumn.SAFETY_CONTACT_PHONE, "13800000001");
        setText(row, UnitImportColumn.ANNUAL_THROUGHPUT, "120.5");
        setText(row, UnitImportColumn.TRANSPORT_ROUTES, message("unit.import.template.example.routes"));
        setText(row, UnitImportColumn.SUPERVISION_MODE, supervisionMode);
        setText(row, UnitImportColumn.SUPERVISING_DEPARTMENT, message("unit.import.template.example.department",
                county));
        setText(row, UnitImportColumn.SUPERVISOR_NAME, message("unit.import.template.example.person3"));
        setText(row, UnitImportColumn.SUPERVISOR_DEPARTMENT, message("unit.import.template.example.supervisorUnit",
                area));
        setText(row, UnitImportColumn.SUPERVISOR_OFFICE_PHONE, "0356-5221234");
        setText(row, UnitImportColumn.SUPERVISOR_MOBILE, "13900000002");
    }

    private void writeValueList(Sheet values, int columnIndex, UnitImportColumn column, List<String> entries) {
        row(values, 0).createCell(columnIndex).setCellValue(column.header());
        for (int i = 0; i < entries.size(); i++) {
            row(values, i + 1).createCell(columnIndex).setCellValue(entries.get(i));
        }
        values.setColumnWidth(columnIndex, 24 * 256);
    }

    /** A list validation on the data rows of one column, fed by a column of the values sheet. */
    private void addDropDown(Sheet data, Sheet values, UnitImportColumn column, int valuesColumn, int count) {
        if (count == 0) {
            return;
        }
        String letter = CellReference.convertNumToColString(valuesColumn);
        String source = "'" + values.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (count + 1);
        DataValidationHelper helper = data.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList(1, properties.maxRows(), column.ordinal(),
                column.ordinal());
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(source), cells);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), message("unit.import.template.dropDownError",
                values.getSheetName()));
        data.addValidationData(validation);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, IndexedColors color) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static void setText(Row row, UnitImportColumn column, String value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static String first(List<String> entries) {
        return entries.isEmpty() ? null : entries.get(0);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String exampleCreditCode() {
        // "EXAMPL" keeps the example recognizable; every letter is in the GB 32100 character set.
        String first17 = "91140581MA0EXAMPL";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
