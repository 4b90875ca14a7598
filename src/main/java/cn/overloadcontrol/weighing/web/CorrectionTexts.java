package cn.overloadcontrol.weighing.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.weighing.VehicleType;
import cn.overloadcontrol.weighing.ingest.CorrectionRejectedException;
import cn.overloadcontrol.weighing.ingest.RecordVerdict;
import cn.overloadcontrol.weighing.ingest.ReleaseDecision;
import cn.overloadcontrol.weighing.ingest.RevisionEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** The Chinese texts of corrections: field names, values, the history and the form's errors. */
@Component
class CorrectionTexts {

    /** A plate colour choice of the form: its JT/T 697.7-2014 code and its colour. */
    record ColorOption(String code, PlateColor color) {
    }

    /** One correction as the history shows it. */
    record RevisionView(int revisionNo, String correctedBy, OffsetDateTime correctedAt, String reason,
            List<ChangeView> changes, RecordVerdict verdictBefore, RecordVerdict verdictAfter) {
    }

    /** One changed field as the history shows it: the field's name and the texts of both values. */
    record ChangeView(String field, String before, String after) {
    }

    static final List<ColorOption> COLOR_OPTIONS = List.of(1, 2, 3, 4, 5, 93, 94, 91, 92, 9).stream()
            .map(code -> new ColorOption(String.valueOf(code), PlateColorCodes.JTT_697_7_2014.fromCode(code)))
            .toList();

    private final MessageSourceAccessor messages;

    CorrectionTexts(MessageSource messageSource) {
        this.messages = new MessageSourceAccessor(messageSource);
    }

    List<RevisionView> history(List<RevisionEntry> entries) {
        return entries.stream().map(entry -> new RevisionView(entry.revisionNo(), entry.correctedBy(),
                entry.correctedAt(), entry.reason(), entry.changes().stream()
                        .map(change -> new ChangeView(fieldName(change.field()), value(change.before()),
                                value(change.after())))
                        .toList(), entry.verdictBefore(), entry.verdictAfter()))
                .toList();
    }

    /**
     * Puts the service's problems on the form: each field gets the rule as its message, and the
     * whole-form problem becomes a global error.
     */
    void reject(List<FieldProblem> problems, BindingResult binding) {
        for (FieldProblem problem : problems) {
            String rule = messages.getMessage(problem.messageKey(), problem.args().toArray());
            if (CorrectionRejectedException.WHOLE_FORM.equals(problem.field())) {
                binding.reject(problem.code(), problem.args().toArray(), rule);
            } else {
                binding.rejectValue(problem.field(), problem.code(), problem.args().toArray(), rule);
            }
        }
    }

    /** Returns one line per error naming the field, the value entered and the rule, for the form's summary. */
    List<String> summary(BindingResult binding) {
        List<String> lines = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String rule = messages.getMessage(error);
            if (error instanceof FieldError fieldError) {
                Object value = fieldError.getRejectedValue();
                lines.add(messages.getMessage("correction.problem", new Object[] {fieldName(fieldError.getField()),
                        value == null || value.toString().isBlank() ? messages.getMessage("correction.value.empty")
                                : value.toString(), rule}));
            } else {
                lines.add(rule);
            }
        }
        return lines;
    }

    String fieldName(String field) {
        return messages.getMessage("correction.field." + field, field);
    }

    private String value(Object value) {
        if (value == null) {
            return messages.getMessage("correction.value.empty");
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage("audit.value." + flag);
        }
        if (value instanceof PlateColor color) {
            return messages.getMessage("plateColor." + color.name());
        }
        if (value instanceof VehicleType type) {
            return type.chineseName();
        }
        if (value instanceof ReleaseDecision decision) {
            return messages.getMessage("weighings.release." + decision.name());
        }
        return value.toString();
    }
}
