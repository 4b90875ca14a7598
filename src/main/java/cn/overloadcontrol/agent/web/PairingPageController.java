package cn.overloadcontrol.agent.web;

import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.platform.PairingClient;
import cn.overloadcontrol.agent.platform.PairingException;
import cn.overloadcontrol.agent.platform.PlatformCredential;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The installer's pairing form: platform address and one-time code. */
@Controller
class PairingPageController {

    static final String PAIRING_VIEW = "agent/pairing";

    private final PairingClient pairing;
    private final CredentialStore credentials;
    private final MessageSource messages;

    PairingPageController(PairingClient pairing, CredentialStore credentials, MessageSource messages) {
        this.pairing = pairing;
        this.credentials = credentials;
        this.messages = messages;
    }

    @GetMapping("/pairing")
    String form(Model model) {
        PairingForm form = new PairingForm();
        credentials.load().ifPresent(credential -> form.setPlatformUrl(credential.platformUrl()));
        model.addAttribute("form", form);
        return show(model);
    }

    @PostMapping("/pairing")
    String pair(@Valid @ModelAttribute("form") PairingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) throws InterruptedException {
        if (binding.hasErrors()) {
            return show(model);
        }
        try {
            PlatformCredential credential = pairing.pair(form.getPlatformUrl(), form.getCode());
            redirect.addFlashAttribute("success", messages.getMessage("agent.pairing.done",
                    new Object[] {credential.stationCode(), credential.platformUrl()}, LocaleContextHolder.getLocale()));
            return "redirect:/";
        } catch (IllegalArgumentException e) {
            binding.rejectValue("platformUrl", "agent.pairing.urlInvalid", new Object[] {form.getPlatformUrl()},
                    null);
            return show(model);
        } catch (PairingException e) {
            String key = "agent.pairing.failed." + e.code();
            binding.rejectValue("code", key, new Object[] {e.getMessage()},
                    messages.getMessage("agent.pairing.failed", new Object[] {e.code(), e.getMessage()},
                            LocaleContextHolder.getLocale()));
            return show(model);
        }
    }

    private String show(Model model) {
        model.addAttribute("credential", credentials.load().orElse(null));
        return PAIRING_VIEW;
    }
}
