package cn.overloadcontrol.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county (or city district) whose overload-control office runs this platform, with the
 * city and province above it. Division codes follow the national statistical area codes.
 */
@ConfigurationProperties("app.jurisdiction")
public record JurisdictionProperties(
        String code,
        String name,
        String cityCode,
        String cityName,
        String provinceCode,
        String provinceName) {
}
