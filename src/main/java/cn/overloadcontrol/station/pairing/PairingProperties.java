package cn.overloadcontrol.station.pairing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of station pairing ({@code app.pairing}).
 *
 * @param codeValidity      how long a new pairing code can be redeemed
 * @param maxFailedAttempts failed redemptions allowed from one address within {@code attemptWindow}
 * @param attemptWindow     the window over which failed attempts are counted
 */
@ConfigurationProperties("app.pairing")
public record PairingProperties(
        @DefaultValue("24h") Duration codeValidity,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration attemptWindow) {
}
