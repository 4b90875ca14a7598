package cn.overloadcontrol.sourceunit.web;

import java.math.BigDecimal;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitFields;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The unit form as typed. Numbers stay text until {@link #toFields} parses them, so that a typo
 * comes back as a field error showing the value instead of a binding failure.
 */
public class UnitForm {

    /** The largest value of the numeric(12,2) column, in 万吨. */
    private static final BigDecimal MAX_THROUGHPUT = new BigDecimal("9999999999.99");
    private static final int MAX_REASON_LENGTH = 500;

    private String name;
    private String creditCode;
    private String creditCodeOverrideReason;
    private Long unitTypeId;
    private Long areaId;
    private String address;
    private String longitude;
    private String latitude;
    private String legalRepresentative;
    private String safetyContact;
    private String safetyContactPhone;
    private String annualThroughput;
    private String transportRoutes;
    private Long supervisionModeId;
    private String supervisingDepartment;
    private String supervisorName;
    private String supervisorDepartment;
    private String supervisorOfficePhone;
    private String supervisorMobile;
    /** The version the user opened, to detect a save by someone else in between. */
    private Long version;

    static UnitForm from(UnitDetail detail) {
        UnitFields fields = detail.fields();
        UnitForm form = new UnitForm();
        form.name = fields.name();
        form.creditCode = fields.creditCode();
        form.creditCodeOverrideReason = fields.creditCodeOverrideReason();
        form.unitTypeId = fields.unitTypeId();
        form.areaId = fields.areaId();
        form.address = fields.address();
        form.longitude = plain(fields.longitude());
        form.latitude = plain(fields.latitude());
        form.legalRepresentative = fields.legalRepresentative();
        form.safetyContact = fields.safetyContact();
        form.safetyContactPhone = fields.safetyContactPhone();
        form.annualThroughput = plain(fields.annualThroughput());
        form.transportRoutes = fields.transportRoutes();
        form.supervisionModeId = fields.supervisionModeId();
        form.supervisingDepartment = fields.supervisingDepartment();
        form.supervisorName = fields.supervisorName();
        form.supervisorDepartment = fields.supervisorDepartment();
        form.supervisorOfficePhone = fields.supervisorOfficePhone();
        form.supervisorMobile = fields.supervisorMobile();
        form.version = detail.version();
        return form;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Returns the trimmed fields with the credit code normalized. A number that does not parse is
     * rejected on {@code errors} and left empty. The override reason is kept only for a code whose
     * check character fails, because a valid code needs none.
     */
    UnitFields toFields(Errors errors) {
        String code = StringUtils.hasText(creditCode) ? CreditCode.normalize(creditCode) : null;
        String reason = creditCodeNeedsReason() ? trim(creditCodeOverrideReason) : null;
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            errors.rejectValue("creditCodeOverrideReason", "problem.too_long", new Object[] {MAX_REASON_LENGTH}, null);
        }
        BigDecimal throughput = decimal(errors, "annualThroughput", annualThroughput);
        if (throughput != null && throughput.compareTo(MAX_THROUGHPUT) > 0) {
            errors.rejectValue("annualThroughput", "problem.number.out_of_range",
                    new Object[] {0, MAX_THROUGHPUT.toPlainString()}, null);
            throughput = null;
        }
        return new UnitFields(trim(name), code, reason, unitTypeId, areaId, trim(address),
                decimal(errors, "longitude", longitude), decimal(errors, "latitude", latitude),
                trim(legalRepresentative), trim(safetyContact), trim(safetyContactPhone), throughput,
                trim(transportRoutes), supervisionModeId, trim(supervisingDepartment), trim(supervisorName),
                trim(supervisorDepartment), trim(supervisorOfficePhone), trim(supervisorMobile));
    }

    /** Returns whether the typed credit code is well-formed but fails the GB 32100 check character. */
    public boolean creditCodeNeedsReason() {
        return StringUtils.hasText(creditCode)
                && CreditCode.check(creditCode).status() == CreditCode.Status.CHECK_CHARACTER_MISMATCH;
    }

    private static BigDecimal decimal(Errors errors, String field, String text) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "problem.number.invalid");
            return null;
        }
    }

    private static String trim(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getCreditCodeOverrideReason() {
        return creditCodeOverrideReason;
    }

    public void setCreditCodeOverrideReason(String creditCodeOverrideReason) {
        this.creditCodeOverrideReason = creditCodeOverrideReason;
    }

    public Long getUnitTypeId() {
        return unitTypeId;
    }

    public void setUnitTypeId(Long unitTypeId) {
        this.unitTypeId = unitTypeId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getSafetyContact() {
        return safetyContact;
    }

    public void setSafetyContact(String safetyContact) {
        this.safetyContact = safetyContact;
    }

    public String getSafetyContactPhone() {
        return safetyContactPhone;
    }

    public void setSafetyContactPhone(String safetyContactPhone) {
        this.safetyContactPhone = safetyContactPhone;
    }

    public String getAnnualThroughput() {
        return annualThroughput;
    }

    public void setAnnualThroughput(String annualThroughput) {
        this.annualThroughput = annualThroughput;
    }

    public String getTransportRoutes() {
        return transportRoutes;
    }

    public void setTransportRoutes(String transportRoutes) {
        this.transportRoutes = transportRoutes;
    }

    public Long getSupervisionModeId() {
        return supervisionModeId;
    }

    public void setSupervisionModeId(Long supervisionModeId) {
        this.supervisionModeId = supervisionModeId;
    }

    public String getSupervisingDepartment() {
        return supervisingDepartment;
    }

    public void setSupervisingDepartment(String supervisingDepartment) {
        this.supervisingDepartment = supervisingDepartment;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public void setSupervisorName(String supervisorName) {
        this.supervisorName = supervisorName;
    }

    public String getSupervisorDepartment() {
        return supervisorDepartment;
    }

    public void setSupervisorDepartment(String supervisorDepartment) {
        this.supervisorDepartment = supervisorDepartment;
    }

    public String getSupervisorOfficePhone() {
        return supervisorOfficePhone;
    }

    public void setSupervisorOfficePhone(String supervisorOfficePhone) {
        this.supervisorOfficePhone = supervisorOfficePhone;
    }

    public String getSupervisorMobile() {
        return supervisorMobile;
    }

    public void setSupervisorMobile(String supervisorMobile) {
        this.supervisorMobile = supervisorMobile;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
