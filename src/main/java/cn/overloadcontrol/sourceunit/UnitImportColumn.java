package cn.overloadcontrol.sourceunit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the import workbook, in template order, each with the {@link UnitFields} field it
 * fills. The headers are the file format that users and the template share, so they are fixed
 * here rather than in the message bundle: rewording a header would reject files that users
 * already filled in.
 */
public enum UnitImportColumn {

    NAME("单位名称", "name", true),
    CREDIT_CODE("统一社会信用代码", "creditCode", true),
    CREDIT_CODE_OVERRIDE_REASON("校验位不符原因", "creditCodeOverrideReason", false),
    UNIT_TYPE("单位类型", "unitTypeId", true),
    AREA("乡镇(街道)", "areaId", true),
    ADDRESS("详细地址", "address", true),
    LONGITUDE("经度", "longitude", false),
    LATITUDE("纬度", "latitude", false),
    LEGAL_REPRESENTATIVE("法定代表人", "legalRepresentative", false),
    SAFETY_CONTACT("安全负责人", "safetyContact", false),
    SAFETY_CONTACT_PHONE("安全负责人电话", "safetyContactPhone", false),
    ANNUAL_THROUGHPUT("年运输量(万吨)", "annualThroughput", false),
    TRANSPORT_ROUTES("主要运输路线", "transportRoutes", false),
    SUPERVISION_MODE("监管方式", "supervisionModeId", false),
    SUPERVISING_DEPARTMENT("监管部门", "supervisingDepartment", false),
    SUPERVISOR_NAME("监管责任人", "supervisorName", false),
    SUPERVISOR_DEPARTMENT("责任人单位", "supervisorDepartment", false),
    SUPERVISOR_OFFICE_PHONE("责任人办公电话", "supervisorOfficePhone", false),
    SUPERVISOR_MOBILE("责任人手机", "supervisorMobile", false);

    /**
     * Headers of the columns the ledger export adds after the template's columns (status, publication
     * and times). The import skips them, so an exported file goes back in as it is.
     */
    public static final List<String> EXPORT_ONLY_HEADERS = List.of("状态", "公示", "公示日期", "登记时间", "最后更新");

    private static final Map<String, UnitImportColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(column -> normalizeHeader(column.header), Function.identity()));
    private static final Map<String, UnitImportColumn> BY_FIELD = Arrays.stream(values())
            .collect(Collectors.toMap(UnitImportColumn::field, Function.identity()));

    private final String header;
    private final String field;
    private final boolean required;

    UnitImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** The header as the template writes it, with {@code *} after a required column. */
    public String templateHeader() {
        return required ? header + "*" : header;
    }

    /** The header without the required mark, as the preview names the column. */
    public String header() {
        return header;
    }

    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** Finds the column of a header cell, tolerating the {@code *} mark, spaces and full-width brackets. */
    static Optional<UnitImportColumn> byHeader(String headerCell) {
        return Optional.ofNullable(BY_HEADER.get(normalizeHeader(headerCell)));
    }

    /** Finds the column that fills a field of {@link UnitFields}, as named in a {@code FieldProblem}. */
    static Optional<UnitImportColumn> byField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }

    /** Whether a header cell names a column that only the ledger export writes, which the import skips. */
    static boolean isExportOnly(String headerCell) {
        return EXPORT_ONLY_HEADERS.contains(normalizeHeader(headerCell));
    }

    static String normalizeHeader(String headerCell) {
        String compact = headerCell.replaceAll("[\\s\\u3000]+", "")
                .replace('（', '(')
                .replace('）', ')');
        while (compact.endsWith("*") || compact.endsWith("＊")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact;
    }
}
