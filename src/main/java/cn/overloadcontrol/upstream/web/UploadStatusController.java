package cn.overloadcontrol.upstream.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.overloadcontrol.common.validation.ProblemMessages;
import cn.overloadcontrol.upstream.admin.RecordBackfill;
import cn.overloadcontrol.upstream.admin.TargetNotFoundException;
import cn.overloadcontrol.upstream.admin.UploadAdmin;
import cn.overloadcontrol.upstream.status.BacklogAlerts;
import cn.overloadcontrol.upstream.status.TargetStatus;
import cn.overloadcontrol.upstream.status.UploadStatusQueries;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload status screens: every target's backlog, rates and alert, and one target's last
 * errors and dead letters with pause, resume, retry and the backfill of older records.
 */
@Controller
@PreAuthorize("hasAuthority('upstream:view')")
class UploadStatusController {

    static final String STATUS_VIEW = "upstream/status";
    static final String TARGET_VIEW = "upstream/target";
    static final int LIST_LIMIT = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final UploadStatusQueries status;
    private final BacklogAlerts alerts;
    private final TargetStore targets;
    private final UploadAdmin admin;
    private final RecordBackfill backfill;
    private final MessageSource messages;

    UploadStatusController(UploadStatusQueries status, BacklogAlerts alerts, TargetStore targets, UploadAdmin admin,
            RecordBackfill backfill, MessageSource messages) {
        this.status = status;
        this.alerts = alerts;
        this.targets = targets;
        this.admin = admin;
        this.backfill = backfill;
        this.messages = messages;
    }

    @GetMapping("/upstream")
    String overview(Model model) {
        List<TargetStatus> all = status.all();
        model.addAttribute("targets", all);
        model.addAttribute("late", all.stream().filter(TargetStatus::alert).toList());
        return STATUS_VIEW;
    }

    @GetMapping("/upstream/targets/{id}")
    String target(@PathVariable long id, Model model) {
        UploadTarget target = load(id);
        model.addAttribute("backfillDays", RecordBackfill.MAX_DAYS);
        model.addAttribute("today", LocalDate.now(CHINA));
        model.addAttribute("status", status.status(target));
        model.addAttribute("errors", status.lastErrors(id, LIST_LIMIT));
        model.addAttribute("dead", status.deadLetters(id, LIST_LIMIT));
        return TARGET_VIEW;
    }

    @PostMapping("/upstream/targets/{id}/pause")
    @PreAuthorize("hasAuthority('upstream:manage')")
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        admin.pause(id);
        redirect.addFlashAttribute("success", message("upstream.paused", load(id).name()));
        return "redirect:/upstream/targets/" + id;
    }

    @PostMapping("/upstream/targets/{id}/resume")
    @PreAuthorize("hasAuthority('upstream:manage')")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        admin.resume(id);
        redirect.addFlashAttribute("success", message("upstream.resumed", load(id).name()));
        return "redirect:/upstream/targets/" + id;
    }

    @PostMapping("/upstream/targets/{id}/dead/{taskId}/retry")
    @PreAuthorize("hasAuthority('upstream:manage')")
    String retryOne(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        if (admin.retryDead(id, taskId)) {
            redirect.addFlashAttribute("success", message("upstream.dead.retried", taskId));
        } else {
            redirect.addFlashAttribute("error", message("upstream.dead.notDead", taskId));
        }
        return "redirect:/upstream/targets/" + id;
    }

    @PostMapping("/upstream/targets/{id}/dead/retry-all")
    @PreAuthorize("hasAuthority('upstream:manage')")
    String retryAll(@PathVariable long id, RedirectAttributes redirect) {
        int retried = admin.retryAllDead(id);
        redirect.addFlashAttribute("success", message("upstream.dead.retriedAll", retried));
        return "redirect:/upstream/targets/" + id;
    }

    @PostMapping("/upstream/targets/{id}/backfill")
    @PreAuthorize("hasAuthority('upstream:manage')")
    String backfill(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate backfillFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate backfillTo,
            RedirectAttributes redirect) {
        try {
            RecordBackfill.Result result = backfill.backfill(id, backfillFrom, backfillTo);
            redirect.addFlashAttribute("success", message("upstream.backfill.queued", backfillFrom, backfillTo,
                    result.records(), result.media()));
        } catch (RecordBackfill.InvalidBackfillException e) {
            redirect.addFlashAttribute("error",
                    ProblemMessages.text(e.problems(), messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/upstream/targets/" + id;
    }

    @ExceptionHandler(TargetNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private UploadTarget load(long id) {
        return targets.find(id).orElseThrow(() -> new TargetNotFoundException(id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
