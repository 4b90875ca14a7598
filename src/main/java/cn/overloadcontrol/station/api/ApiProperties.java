package cn.overloadcontrol.station.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the signed station API ({@code app.api}).
 *
 * @param timestampTolerance how far a request's X-Timestamp may be from the server clock, either way
 * @param rotationGrace how long the old secret stays valid after a rotation, unless the user
 *        chooses to invalidate it at once
 * @param maxBodyBytes largest request body read for signature verification; larger requests get 413
 * @param rateLimit the per-station token bucket
 */
@ConfigurationProperties("app.api")
public record ApiProperties(
        @DefaultValue("5m") Duration timestampTolerance,
        @DefaultValue("10m") Duration rotationGrace,
        @DefaultValue("4194304") int maxBodyBytes,
        @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per station: {@code burst} requests at once, refilled at
     * {@code requestsPerSecond}. A batch request counts as one request.
     */
    public record RateLimit(@DefaultValue("60") int burst, @DefaultValue("5") double requestsPerSecond) {
    }
}
