package cn.overloadcontrol.weighing.web;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.weighing.ingest.CorrectionRejectedException;
import cn.overloadcontrol.weighing.ingest.RecordCorrections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stores a correction (更正) from the record's detail page. A rejected correction shows the
 * page again with every problem, naming the field, the value and the rule.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view') and hasAuthority('weighing:correct')")
class RecordCorrectionController {

    private static final Logger log = LoggerFactory.getLogger(RecordCorrectionController.class);

    private final RecordCorrections corrections;
    private final DetailPage detailPage;
    private final CorrectionTexts texts;
    private final MessageSource messages;

    RecordCorrectionController(RecordCorrections corrections, DetailPage detailPage, CorrectionTexts texts,
            MessageSource messages) {
        this.corrections = corrections;
        this.detailPage = detailPage;
        this.texts = texts;
        this.messages = messages;
    }

    @InitBinder(DetailPage.FORM)
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("reason", "plateNumber", "plateColorCode", "trailerPlateNumber", "axleCount",
                "vehicleType", "singleDriveAxle", "singleTyreGroups", "airSuspension", "semitrailerAxleSpacingMm",
                "cargoName", "cargoCategory", "releaseDecision");
    }

    @PostMapping("/weighings/{id:\\d+}/corrections")
    String correct(@PathVariable long id, @ModelAttribute(DetailPage.FORM) CorrectionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                int revisionNo = corrections.correct(id, form.toRequest(), CurrentUsers.scope());
                redirect.addFlashAttribute("success", messages.getMessage("correction.saved",
                        new Object[] {revisionNo}, LocaleContextHolder.getLocale()));
                return "redirect:/weighings/" + id;
            } catch (CorrectionRejectedException e) {
                texts.reject(e.problems(), binding);
            }
        }
        log.warn("Rejected a correction of record {}: {} {}", id, binding.getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getCode()).toList(), binding.getGlobalErrors().stream()
                .map(error -> error.getCode()).toList());
        model.addAttribute("correctionProblems", texts.summary(binding));
        return detailPage.show(id, model);
    }
}
