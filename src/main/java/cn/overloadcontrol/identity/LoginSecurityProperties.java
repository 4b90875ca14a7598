package cn.overloadcontrol.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login lockout policy.
 *
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockout         how long a locked account stays locked; it unlocks by itself afterwards
 */
@ConfigurationProperties("app.security")
record LoginSecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
