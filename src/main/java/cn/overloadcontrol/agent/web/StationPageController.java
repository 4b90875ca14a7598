package cn.overloadcontrol.agent.web;

import cn.overloadcontrol.agent.board.Boards;
import cn.overloadcontrol.agent.config.StationMonitor;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.evidence.PlateReads;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.platform.Forwarder;
import cn.overloadcontrol.agent.platform.HeartbeatSender;
import cn.overloadcontrol.agent.platform.MediaForwarder;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorReasons;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page: live weight and cycle state, indicator, LED boards and platform link, the passages
 * waiting for the operator's input, and the journal's recent records with their delivery state.
 */
@Controller
class StationPageController {

    static final String HOME_VIEW = "agent/home";
    static final String LIVE_FRAGMENT = "agent/home :: live";
    static final String PASSAGE_VIEW = "agent/passage";
    static final String LOGIN_VIEW = "agent/login";
    private static final int RECENT_RECORDS = 30;

    private final PassageDesk desk;
    private final Forwarder forwarder;
    private final StationMonitor monitor;
    private final CredentialStore credentials;
    private final HeartbeatSender heartbeats;
    private final Journal journal;
    private final MessageSource messages;
    private final Boards boards;
    private final PlateReads plates;
    private final MediaForwarder media;

    StationPageController(PassageDesk desk, Forwarder forwarder, StationMonitor monitor, CredentialStore credentials,
            HeartbeatSender heartbeats, Journal journal, MessageSource messages, Boards boards, PlateReads plates,
            MediaForwarder media) {
        this.plates = plates;
        this.media = media;
        this.desk = desk;
        this.forwarder = forwarder;
        this.monitor = monitor;
        this.credentials = credentials;
        this.heartbeats = heartbeats;
        this.journal = journal;
        this.messages = messages;
        this.boards = boards;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping("/")
    String home(Model model) {
        addLive(model);
        model.addAttribute("pending", desk.pending());
        model.addAttribute("records", desk.recent(RECENT_RECORDS));
        model.addAttribute("media", media.progress());
        model.addAttribute("corruptLines", journal.corruptLines());
        return HOME_VIEW;
    }

    @GetMapping("/live")
    String live(Model model) {
        addLive(model);
        return LIVE_FRAGMENT;
    }

    @GetMapping("/passages/{sequence}")
    String passage(@PathVariable long sequence, Model model, RedirectAttributes redirect) {
        PassageForm form = new PassageForm();
        desk.pending().stream()
                .filter(passage -> passage.sequence() == sequence)
                .findFirst()
                .flatMap(passage -> plates.match(passage.sequence()))
                .filter(PlateReads.PlateRead::readable)
                .ifPresent(read -> {
                    form.setPlateNumber(read.plate());
                    form.setPlateColorCode(read.colorCode());
                });
        model.addAttribute("form", form);
        return showPassage(sequence, model, redirect);
    }

    @PostMapping("/passages/{sequence}")
    String record(@PathVariable long sequence, @Valid @ModelAttribute("form") PassageForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showPassage(sequence, model, redirect);
        }
        try {
            String recordNumber = desk.complete(sequence, form.toInput());
            redirect.addFlashAttribute("success", message("agent.record.saved", recordNumber));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", message("agent.passage.gone", sequence));
        }
        return "redirect:/";
    }

    @PostMapping("/passages/{sequence}/dismiss")
    String dismiss(@PathVariable long sequence, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            desk.dismiss(sequence, reason.isBlank() ? "dismissed" : reason.strip(), OperatorAccount.USERNAME);
            redirect.addFlashAttribute("success", message("agent.passage.dismissed", sequence));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", message("agent.passage.gone", sequence));
        }
        return "redirect:/";
    }

    private String showPassage(long sequence, Model model, RedirectAttributes redirect) {
        return desk.pending().stream()
                .filter(passage -> passage.sequence() == sequence)
                .findFirst()
                .map(passage -> {
                    model.addAttribute("passage", passage);
                    model.addAttribute("plateRead", plates.match(passage.sequence()).orElse(null));
                    return PASSAGE_VIEW;
                })
                .orElseGet(() -> {
                    redirect.addFlashAttribute("error", message("agent.passage.gone", sequence));
                    return "redirect:/";
                });
    }

    private void addLive(Model model) {
        IndicatorHealth indicator = monitor.indicator();
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicatorReason", indicator == null ? null : IndicatorReasons.chinese(indicator.reason()));
        model.addAttribute("lastFrameAt", monitor.lastFrameAt());
        model.addAttribute("liveWeightKg", monitor.liveWeightKg());
        model.addAttribute("cycleState", monitor.cycleState());
        model.addAttribute("forwarding", forwarder.status());
        model.addAttribute("credential", credentials.load().orElse(null));
        model.addAttribute("heartbeatSentAt", heartbeats.lastSentAt());
        model.addAttribute("heartbeatError", heartbeats.lastError());
        model.addAttribute("boards", boards.health());
        model.addAttribute("boardScreen", boards.simulator().map(card -> card.shownLines()).orElse(null));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
