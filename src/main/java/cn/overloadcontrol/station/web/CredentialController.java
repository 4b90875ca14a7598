package cn.overloadcontrol.station.web;

import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.IssuedCredential;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue, rotate and revoke station credentials. A new secret reaches the one page that shows it
 * as a flash attribute, and the session drops that attribute once the page is rendered. So a
 * reload no longer shows the secret, and no other page or log ever does.
 */
@Controller
@PreAuthorize("hasAuthority('station:credential')")
class CredentialController {

    static final String ISSUED_VIEW = "station/credential-issued";
    static final String ISSUED_ATTRIBUTE = "issuedCredential";

    private final CredentialService credentials;
    private final StationService stations;
    private final MessageSource messages;

    CredentialController(CredentialService credentials, StationService stations, MessageSource messages) {
        this.credentials = credentials;
        this.stations = stations;
        this.messages = messages;
    }

    @PostMapping("/stations/{id}/credentials")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(ISSUED_ATTRIBUTE, credentials.issue(id));
        return "redirect:/stations/" + id + "/credentials/issued";
    }

    @PostMapping("/stations/{id}/credentials/{keyId}/rotate")
    String rotate(@PathVariable long id, @PathVariable String keyId,
            @RequestParam(defaultValue = "false") boolean invalidateAtOnce, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(ISSUED_ATTRIBUTE, credentials.rotate(id, keyId, invalidateAtOnce));
            return "redirect:/stations/" + id + "/credentials/issued";
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", message("credential.notActive", keyId));
            return "redirect:/stations/" + id;
        }
    }

    @PostMapping("/stations/{id}/credentials/{keyId}/revoke")
    String revoke(@PathVariable long id, @PathVariable String keyId, RedirectAttributes redirect) {
        try {
            credentials.revoke(id, keyId);
            redirect.addFlashAttribute("success", message("credential.revoked", keyId));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", message("credential.notActive", keyId));
        }
        return "redirect:/stations/" + id;
    }

    @GetMapping("/stations/{id}/credentials/issued")
    String issued(@PathVariable long id, Model model, RedirectAttributes redirect) {
        if (!(model.getAttribute(ISSUED_ATTRIBUTE) instanceof IssuedCredential issued) || issued.stationId() != id) {
            redirect.addFlashAttribute("error", message("credential.secretGone"));
            return "redirect:/stations/" + id;
        }
        model.addAttribute("station", stations.view(id));
        return ISSUED_VIEW;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
