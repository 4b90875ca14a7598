package cn.overloadcontrol.weighing.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.weighing.review.ReviewAlreadyDecidedException;
import cn.overloadcontrol.weighing.review.ReviewFilter;
import cn.overloadcontrol.weighing.review.ReviewItems;
import cn.overloadcontrol.weighing.review.ReviewKind;
import cn.overloadcontrol.weighing.review.ReviewStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' queue (待核查): illegal releases and suspicious records, and their decisions. */
@Controller
@PreAuthorize("hasAuthority('weighing:review')")
class ReviewQueueController {

    static final String VIEW = "weighing/queue";
    static final int PAGE_SIZE = 30;
    private static final Logger log = LoggerFactory.getLogger(ReviewQueueController.class);

    private final ReviewItems queue;
    private final ScreenOptions options;
    private final MessageSource messages;

    ReviewQueueController(ReviewItems queue, ScreenOptions options, MessageSource messages) {
        this.queue = queue;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/weighings/queue")
    String list(@ModelAttribute("filter") ReviewFilter filter, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        model.addAttribute("queryBase", PageLinks.base(request));
        DataScope scope = CurrentUsers.scope();
        model.addAttribute("page", queue.search(filter, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("decisions", new ReviewStatus[] {ReviewStatus.VERIFIED, ReviewStatus.FALSE_ALARM,
                ReviewStatus.CASE_OPENED});
        model.addAttribute("areas", options.areas(scope));
        Map<Long, UnitRef> units = options.units(scope).stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity(), (a, b) -> a));
        model.addAttribute("units", units.values());
        model.addAttribute("unitNames", units.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name())));
        model.addAttribute("violationCounts", queue.violationCountsByUnit(scope));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return VIEW;
    }

    @PostMapping("/weighings/queue/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors() || !form.getDecision().isDecision()) {
            log.warn("Rejected the decision on queue item {}: {}", id, binding.getFieldErrors().stream()
                    .map(error -> error.getField() + " " + error.getCode()).toList());
            redirect.addFlashAttribute("error", message("queue.decision.invalid", String.valueOf(id)));
            return "redirect:/weighings/queue";
        }
        try {
            queue.decide(id, form.getDecision(), form.getComment(), CurrentUsers.scope());
            redirect.addFlashAttribute("success", message("queue.decision.saved", String.valueOf(id),
                    message("queue.status." + form.getDecision().name())));
        } catch (ReviewAlreadyDecidedException e) {
            log.warn("Rejected a second decision on queue item {}: already {}", id, e.item().status());
            redirect.addFlashAttribute("error", message("queue.decision.already", String.valueOf(id),
                    message("queue.status." + e.item().status().name())));
        }
        return "redirect:/weighings/queue";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
