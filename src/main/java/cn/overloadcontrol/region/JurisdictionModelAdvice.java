package cn.overloadcontrol.region;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the jurisdiction into every page model, for titles and headers. */
@ControllerAdvice
class JurisdictionModelAdvice {

    private final JurisdictionProperties jurisdiction;

    JurisdictionModelAdvice(JurisdictionProperties jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    @ModelAttribute("jurisdiction")
    JurisdictionProperties jurisdiction() {
        return jurisdiction;
    }
}
