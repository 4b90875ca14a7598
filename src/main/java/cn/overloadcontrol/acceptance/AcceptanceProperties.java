package cn.overloadcontrol.acceptance;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of acceptance ({@code app.acceptance}).
 *
 * @param testPeriodDays             days before the evaluation that the automatic items look at
 * @param onlineRateThreshold        lowest device online rate that passes, in percent
 * @param photoCompletenessThreshold lowest share of records with photos that passes, in percent
 */
@ConfigurationProperties("app.acceptance")
public record AcceptanceProperties(
        @DefaultValue("7") int testPeriodDays,
        @DefaultValue("95") BigDecimal onlineRateThreshold,
        @DefaultValue("95") BigDecimal photoCompletenessThreshold) {
}
