package cn.overloadcontrol.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log screen (操作日志), read-only: there is deliberately no endpoint that edits or
 * deletes a row, and the database rejects both anyway. The permission string is written out
 * because the audit module may not depend on identity, which depends on it.
 */
@Controller
class AuditLogController {

    static final String LIST_PATH = "/audit";
    static final String VIEW = "audit/list";
    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping(LIST_PATH)
    @PreAuthorize("hasAuthority('audit:view')")
    String list(@ModelAttribute("auditFilter") AuditFilter filter, BindingResult bindingResult,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (filter.isRangeReversed()) {
            bindingResult.rejectValue("to", "problem.audit.range_reversed");
        }
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("results", AuditResult.values());
        if (bindingResult.hasErrors()) {
            model.addAttribute("records", Page.empty(PageRequest.of(0, PAGE_SIZE)));
            model.addAttribute("baseUrl", LIST_PATH);
            return VIEW;
        }

        PageRequest pageRequest = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        model.addAttribute("records", auditLog.search(filter.toQuery(), pageRequest));
        model.addAttribute("baseUrl", filter.listUrl());
        return VIEW;
    }
}
