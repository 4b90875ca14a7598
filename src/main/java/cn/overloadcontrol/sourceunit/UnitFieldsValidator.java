package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.util.StringUtils;

/**
 * Checks the fields of a unit as the form and the Excel import both need it. Existence of the
 * area and dictionary entries and uniqueness of the credit code against the ledger are checked
 * by the callers, which know how the value was given (an id on the form, a name in a file).
 */
final class UnitFieldsValidator {

    /** Landline with optional area code and extension, or a mainland mobile number. */
    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?)$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private UnitFieldsValidator() {
    }

    static List<FieldProblem> validate(UnitFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", fields.name(), 128);
        checkCreditCode(problems, fields);
        if (fields.unitTypeId() == null) {
            problems.add(FieldProblem.error("unitTypeId", null, "required"));
        }
        if (fields.areaId() == null) {
            problems.add(FieldProblem.error("areaId", null, "required"));
        }
        required(problems, "address", fields.address(), 256);
        range(problems, "longitude", fields.longitude(), new BigDecimal("-180"), new BigDecimal("180"));
        range(problems, "latitude", fields.latitude(), new BigDecimal("-90"), new BigDecimal("90"));
        if (fields.annualThroughput() != null && fields.annualThroughput().signum() < 0) {
            problems.add(FieldProblem.error("annualThroughput", fields.annualThroughput().toPlainString(),
                    "number.negative"));
        }
        optional(problems, "legalRepresentative", fields.legalRepresentative(), 64);
        optional(problems, "safetyContact", fields.safetyContact(), 64);
        phone(problems, "safetyContactPhone", fields.safetyContactPhone(), PHONE);
        optional(problems, "transportRoutes", fields.transportRoutes(), 500);
        optional(problems, "supervisingDepartment", fields.supervisingDepartment(), 128);
        optional(problems, "supervisorName", fields.supervisorName(), 64);
        optional(problems, "supervisorDepartment", fields.supervisorDepartment(), 128);
        phone(problems, "supervisorOfficePhone", fields.supervisorOfficePhone(), PHONE);
        phone(problems, "supervisorMobile", fields.supervisorMobile(), MOBILE);
        return problems;
    }

    /** Problems that keep a unit off the public list: mode and supervisor must be known. */
    static List<FieldProblem> validateForPublishing(UnitFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.supervisionModeId() == null) {
            problems.add(FieldProblem.error("supervisionModeId", null, "publish.required"));
        }
        if (!StringUtils.hasText(fields.supervisorName())) {
            problems.add(FieldProblem.error("supervisorName", null, "publish.required"));
        }
        if (!StringUtils.hasText(fields.supervisorOfficePhone()) && !StringUtils.hasText(fields.supervisorMobile())) {
            problems.add(FieldProblem.error("supervisorOfficePhone", null, "publish.required"));
        }
        return problems;
    }

    private static void checkCreditCode(List<FieldProblem> problems, UnitFields fields) {
        String code = fields.creditCode();
        if (!StringUtils.hasText(code)) {
            problems.add(FieldProblem.error("creditCode", code, "required"));
            return;
        }
        CreditCode.Check check = CreditCode.check(code);
        switch (check.status()) {
            case MALFORMED -> problems.add(FieldProblem.error("creditCode", code, "credit_code.malformed"));
            case CHECK_CHARACTER_MISMATCH -> {
                if (!StringUtils.hasText(fields.creditCodeOverrideReason())) {
                    problems.add(FieldProblem.warning("creditCode", code, "credit_code.check_mismatch",
                            check.expectedCheckCharacter()));
                }
            }
            case VALID -> {
            }
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (!StringUtils.hasText(value)) {
            problems.add(FieldProblem.error(field, value, "required"));
            return;
        }
        optional(problems, field, value, maxLength);
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }

    private static void phone(List<FieldProblem> problems, String field, String value, Pattern pattern) {
        if (StringUtils.hasText(value) && !pattern.matcher(value).matches()) {
            problems.add(FieldProblem.error(field, value, pattern == MOBILE ? "phone.mobile_invalid" : "phone.invalid"));
        }
    }

    private static void range(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal min,
            BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            problems.add(FieldProblem.error(field, value.toPlainString(), "number.out_of_range", min, max));
        }
    }
}
