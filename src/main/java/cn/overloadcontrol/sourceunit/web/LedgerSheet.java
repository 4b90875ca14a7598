package cn.overloadcontrol.sourceunit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.sourceunit.PublicUnitRow;
import cn.overloadcontrol.sourceunit.UnitImportColumn;
import cn.overloadcontrol.sourceunit.UnitRow;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The columns of the two Excel files: the full ledger for staff, whose headers are the import
 * template's, and the public list with only the published fields, headed by the screens' field names.
 */
final class LedgerSheet {

    /** Widths of the import template's columns, in {@link UnitImportColumn} order. */
    private static final int[] TEMPLATE_WIDTHS = {30, 22, 24, 14, 14, 36, 12, 12, 12, 12, 16, 14, 30, 14, 20, 12, 20, 16, 16};

    /** Widths of the columns after the template's, in {@link UnitImportColumn#EXPORT_ONLY_HEADERS} order. */
    private static final int[] EXPORT_ONLY_WIDTHS = {8, 8, 12, 20, 20};

    private static final String[][] PUBLIC_COLUMNS = {
            {"unit.field.name", "30"}, {"unit.field.areaId", "14"}, {"unit.field.unitTypeId", "14"},
            {"unit.field.address", "36"}, {"unit.field.supervisionModeId", "14"},
            {"unit.field.supervisorName", "12"}, {"unit.field.supervisorDepartment", "20"},
            {"unit.field.supervisorOfficePhone", "16"}, {"unit.field.supervisorMobile", "16"},
            {"unit.field.publishedOn", "12"}, {"unit.field.updatedAt", "20"}};

    private LedgerSheet() {
    }

    /**
     * The ledger's columns: first the import template's columns with its exact headers and in its
     * order, then status, publication and times, which the import skips. An exported file thus
     * goes back into the import as it is.
     * NOTE: a text escaped against formulas ("'=…") comes back with its apostrophe.
     */
    static List<XlsxStreamWriter.Column> ledgerColumns() {
        List<XlsxStreamWriter.Column> columns = new ArrayList<>();
        UnitImportColumn[] template = UnitImportColumn.values();
        for (int i = 0; i < template.length; i++) {
            columns.add(new XlsxStreamWriter.Column(template[i].templateHeader(), TEMPLATE_WIDTHS[i]));
        }
        for (int i = 0; i < UnitImportColumn.EXPORT_ONLY_HEADERS.size(); i++) {
            columns.add(new XlsxStreamWriter.Column(UnitImportColumn.EXPORT_ONLY_HEADERS.get(i), EXPORT_ONLY_WIDTHS[i]));
        }
        return columns;
    }

    static List<XlsxStreamWriter.Column> publicColumns(MessageSourceAccessor messages) {
        return columns(PUBLIC_COLUMNS, messages);
    }

    private static List<XlsxStreamWriter.Column> columns(String[][] definitions, MessageSourceAccessor messages) {
        return Arrays.stream(definitions)
                .map(column -> new XlsxStreamWriter.Column(messages.getMessage(column[0]), Integer.parseInt(column[1])))
                .toList();
    }

    /** Returns the cells of one ledger row, in the order of {@link #ledgerColumns}. */
    static List<Object> ledgerValues(UnitRow row, MessageSourceAccessor messages) {
        return Arrays.asList(row.name(), row.creditCode(), row.creditCodeOverrideReason(), row.unitTypeLabel(), row.areaName(), row.address(),
                row.longitude(), row.latitude(), row.legalRepresentative(), row.safetyContact(),
                row.safetyContactPhone(), row.annualThroughput(), row.transportRoutes(), row.supervisionModeLabel(),
                row.supervisingDepartment(), row.supervisorName(), row.supervisorDepartment(),
                row.supervisorOfficePhone(), row.supervisorMobile(), messages.getMessage(row.status().messageKey()),
                messages.getMessage(row.published() ? "unit.published.yes" : "unit.published.no"), row.publishedOn(),
                row.createdAt(), row.updatedAt());
    }

    /** Returns the cells of one public row, in the order of {@link #publicColumns}. */
    static List<Object> publicValues(PublicUnitRow row) {
        return Arrays.asList(row.name(), row.areaName(), row.unitTypeLabel(), row.address(),
                row.supervisionModeLabel(), row.supervisorName(), row.supervisorDepartment(),
                row.supervisorOfficePhone(), row.supervisorMobileMasked(), row.publishedOn(), row.updatedAt());
    }
}
