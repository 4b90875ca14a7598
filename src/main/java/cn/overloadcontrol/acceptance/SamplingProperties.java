package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sampling rates of the upper levels ({@code app.sampling}), in percent of the accepted units.
 * The province samples 5% and Jincheng 30% after the city's acceptance.
 */
@ConfigurationProperties("app.sampling")
public record SamplingProperties(
        @DefaultValue("5") BigDecimal provinceRate,
        @DefaultValue("30") BigDecimal cityRate) {

    BigDecimal rate(SamplingLevel level) {
        return level == SamplingLevel.PROVINCE ? provinceRate : cityRate;
    }
}
