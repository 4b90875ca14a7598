package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;

import cn.overloadcontrol.sourceunit.UnitStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/** The status change form: the new status, the date it takes effect and the reason, all required. */
public class StatusChangeForm {

    private static final int MAX_REASON_LENGTH = 500;

    private UnitStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    private String reason;

    /** Rejects missing values and a reason longer than the column holds. */
    void validate(Errors errors) {
        if (status == null && !errors.hasFieldErrors("status")) {
            errors.rejectValue("status", "problem.required");
        }
        if (effectiveDate == null && !errors.hasFieldErrors("effectiveDate")) {
            errors.rejectValue("effectiveDate", "problem.required");
        }
        if (!StringUtils.hasText(reason)) {
            errors.rejectValue("reason", "problem.required");
        } else if (reason.strip().length() > MAX_REASON_LENGTH) {
            errors.rejectValue("reason", "problem.too_long", new Object[] {MAX_REASON_LENGTH}, null);
        }
    }

    public UnitStatus getStatus() {
        return status;
    }

    public void setStatus(UnitStatus status) {
        this.status = status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
