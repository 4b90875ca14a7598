package cn.overloadcontrol.station.web;

import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.pairing.IssuedPairingCode;
import cn.overloadcontrol.station.pairing.PairingService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Makes one-time pairing codes for the installer. Like a credential secret, the code reaches
 * the one page that shows it as a flash attribute, so a reload no longer shows it.
 */
@Controller
@PreAuthorize("hasAuthority('station:credential')")
class PairingCodeController {

    static final String ISSUED_VIEW = "station/pairing-issued";
    static final String ISSUED_ATTRIBUTE = "issuedPairingCode";

    private final PairingService pairing;
    private final StationService stations;
    private final MessageSource messages;

    PairingCodeController(PairingService pairing, StationService stations, MessageSource messages) {
        this.pairing = pairing;
        this.stations = stations;
        this.messages = messages;
    }

    @PostMapping("/stations/{id}/pairing-codes")
    String create(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(ISSUED_ATTRIBUTE, pairing.create(id));
        return "redirect:/stations/" + id + "/pairing-codes/issued";
    }

    @GetMapping("/stations/{id}/pairing-codes/issued")
    String issued(@PathVariable long id, Model model, RedirectAttributes redirect) {
        if (!(model.getAttribute(ISSUED_ATTRIBUTE) instanceof IssuedPairingCode issued) || issued.stationId() != id) {
            redirect.addFlashAttribute("error", messages.getMessage("pairing.codeGone", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/stations/" + id;
        }
        model.addAttribute("station", stations.view(id));
        return ISSUED_VIEW;
    }
}
