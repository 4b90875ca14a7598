package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;
import java.util.Locale;

import cn.overloadcontrol.region.JurisdictionProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The screen names of the sampling levels, built from the configured province and city
 * ({@code app.jurisdiction.province-name} and {@code city-name}, 山西省 and 晋城市 for Gaoping), so
 * that screens, exports and rectification titles name the same upper level. Templates use it as
 * {@code @samplingLevels}.
 */
@Component("samplingLevels")
public class SamplingLevels {

    private final JurisdictionProperties jurisdiction;
    private final SamplingProperties rates;
    private final MessageSource messages;

    SamplingLevels(JurisdictionProperties jurisdiction, SamplingProperties rates, MessageSource messages) {
        this.jurisdiction = jurisdiction;
        this.rates = rates;
        this.messages = messages;
    }

    /** Returns the name of the level's body: the configured province or city. */
    public String place(SamplingLevel level) {
        return level == SamplingLevel.PROVINCE ? jurisdiction.provinceName() : jurisdiction.cityName();
    }

    /** Returns the level's label, for example 晋城市抽检. */
    public String label(SamplingLevel level) {
        return text("sampling.levelOf", place(level));
    }

    /** Returns the text of the button that draws for the level, with its rate. */
    public String drawAction(SamplingLevel level) {
        return text("sampling.drawOf", place(level), rate(level));
    }

    /** Returns the rule of the draw form: both levels with their rates. */
    public String formRule() {
        return text("sampling.form.rule", place(SamplingLevel.PROVINCE), rate(SamplingLevel.PROVINCE),
                place(SamplingLevel.CITY), rate(SamplingLevel.CITY));
    }

    private String rate(SamplingLevel level) {
        BigDecimal rate = rates.rate(level);
        return rate.stripTrailingZeros().toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
