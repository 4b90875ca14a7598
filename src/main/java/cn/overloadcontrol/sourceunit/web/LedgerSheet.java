package cn.overloadcontrol.sourceunit.web;

import java.util.Arrays;
import java.util.List;

import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.sourceunit.PublicUnitRow;
import cn.overloadcontrol.sourceunit.UnitRow;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The columns of the two Excel files: the full ledger for staff, and the public list with only
 * the published fields. Headers are the Chinese field names of the screens.
 */
final class LedgerSheet {

    private static final String[][] LEDGER_COLUMNS = {
            {"unit.field.name", "30"}, {"unit.field.creditCode", "22"}, {"unit.field.unitTypeId", "14"},
            {"unit.field.areaId", "14"}, {"unit.field.address", "36"}, {"unit.field.longitude", "12"},
            {"unit.field.latitude", "12"}, {"unit.field.legalRepresentative", "12"},
            {"unit.field.safetyContact", "12"}, {"unit.field.safetyContactPhone", "16"},
            {"unit.field.annualThroughput", "14"}, {"unit.field.transportRoutes", "30"},
            {"unit.field.supervisionModeId", "14"}, {"unit.field.supervisingDepartment", "20"},
            {"unit.field.supervisorName", "12"}, {"unit.field.supervisorDepartment", "20"},
            {"unit.field.supervisorOfficePhone", "16"}, {"unit.field.supervisorMobile", "16"},
            {"unit.field.status", "8"}, {"unit.field.published", "8"}, {"unit.field.publishedOn", "12"},
            {"unit.field.createdAt", "20"}, {"unit.field.updatedAt", "20"}};

    private static final String[][] PUBLIC_COLUMNS = {
            {"unit.field.name", "30"}, {"unit.field.areaId", "14"}, {"unit.field.unitTypeId", "14"},
            {"unit.field.address", "36"}, {"unit.field.supervisionModeId", "14"},
            {"unit.field.supervisorName", "12"}, {"unit.field.supervisorDepartment", "20"},
            {"unit.field.supervisorOfficePhone", "16"}, {"unit.field.supervisorMobile", "16"},
            {"unit.field.publishedOn", "12"}, {"unit.field.updatedAt", "20"}};

    private LedgerSheet() {
    }

    static List<XlsxStreamWriter.Column> ledgerColumns(MessageSourceAccessor messages) {
        return columns(LEDGER_COLUMNS, messages);
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
        return Arrays.asList(row.name(), row.creditCode(), row.unitTypeLabel(), row.areaName(), row.address(),
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
