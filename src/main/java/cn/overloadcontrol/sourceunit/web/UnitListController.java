package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitNotFoundException;
import cn.overloadcontrol.sourceunit.UnitRow;
import cn.overloadcontrol.sourceunit.UnitStatus;
import cn.overloadcontrol.sourceunit.UnitValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ledger list at /units, with its htmx table refresh and the bulk publish of selected rows. */
@Controller
@RequestMapping("/units")
class UnitListController {

    static final String LIST_VIEW = "units/list";
    static final String TABLE_VIEW = "units/list :: unitTable";

    private static final Logger log = LoggerFactory.getLogger(UnitListController.class);

    private final SourceUnitService units;
    private final SourceUnitQueries queries;
    private final LedgerChoices choices;
    private final MessageSourceAccessor messages;

    UnitListController(SourceUnitService units, SourceUnitQueries queries, LedgerChoices choices,
            MessageSource messageSource) {
        this.units = units;
        this.queries = queries;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    /**
     * Shows the list, or only its table for an htmx request. A history restore (the back button
     * with an empty htmx cache) gets the whole page, because htmx swaps it into the body.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('unit:view')")
    String list(@ModelAttribute("filter") UnitFilter filter, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmxRequest,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        Page<UnitRow> page = LastPage.clamp(filter.toPageable(), pageable -> queries.search(filter.toQuery(), pageable));
        filter.setPage(page.getNumber());
        model.addAttribute("page", page);
        if ("true".equals(htmxRequest) && !"true".equals(historyRestore)) {
            return TABLE_VIEW;
        }
        model.addAttribute("areas", choices.filterAreas());
        model.addAttribute("unitTypes", choices.allUnitTypes());
        model.addAttribute("statuses", UnitStatus.values());
        return LIST_VIEW;
    }

    /** Publishes the selected units one by one; each failure is reported with the unit and the reason. */
    @PostMapping("/publish")
    @PreAuthorize("hasAuthority('unit:publish')")
    String publishSelected(@RequestParam(name = "ids", required = false) List<Long> ids,
            @ModelAttribute("filter") UnitFilter filter, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("error", messages.getMessage("unit.publish.noneSelected"));
            return "redirect:" + filter.currentUrl();
        }

        LocalDate today = LocalDate.now(UnitDetailController.CHINA);
        int published = 0;
        List<String> failures = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            if (publishOne(id, today, failures)) {
                published++;
            }
        }

        log.info("Bulk publish: {} of {} selected units published, {} rejected", published, ids.size(),
                failures.size());
        redirect.addFlashAttribute("success", messages.getMessage("unit.publish.bulkDone", new Object[] {published}));
        if (!failures.isEmpty()) {
            redirect.addFlashAttribute("error",
                    messages.getMessage("unit.publish.bulkRejected", new Object[] {String.join("；", failures)}));
        }
        return "redirect:" + filter.currentUrl();
    }

    /** Publishes one unit unless it is already published; a failure is added to {@code failures}. */
    private boolean publishOne(long id, LocalDate today, List<String> failures) {
        UnitDetail detail;
        try {
            detail = queries.detail(id);
        } catch (UnitNotFoundException e) {
            failures.add(messages.getMessage("unit.publish.notFound", new Object[] {id}));
            return false;
        }
        if (detail.unit().published()) {
            return false;
        }

        try {
            units.publish(id, today);
            return true;
        } catch (UnitValidationException e) {
            failures.add(detail.unit().name() + "（" + ProblemErrors.describe(e.problems(), messages) + "）");
            return false;
        }
    }
}
