package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, locks an account after too many of them, and audits every login
 * attempt. The counter lives in app_user, so it survives restarts and is shared by all
 * instances of the platform.
 */
@Service
class LoginAttemptService {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptService.class);

    private final AppUserRepository users;
    private final AuditLog auditLog;
    private final LoginSecurityProperties properties;

    LoginAttemptService(AppUserRepository users, AuditLog auditLog, LoginSecurityProperties properties) {
        this.users = users;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @Transactional
    void recordSuccess(long userId, String remoteAddr) {
        AppUser user = users.findByIdForUpdate(userId).orElseThrow();
        user.recordSuccessfulLogin(OffsetDateTime.now());
        auditLog.record(AuditEntry.success(AuditAction.LOGIN, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername()).withActor(user.getUsername(), user.getId(), remoteAddr));
        log.info("User {} logged in from {}", user.getUsername(), remoteAddr);
    }

    /**
     * Audits a failed login. A wrong password for an existing account counts towards the
     * lockout. Attempts on an account that is already locked or deactivated do not count, so an
     * attacker who keeps guessing cannot extend the lock.
     *
     * @param attemptedUsername the username as typed, possibly of no account
     * @param reason            one of the {@link AuditDetails} codes
     */
    @Transactional
    void recordFailure(String attemptedUsername, String reason, String remoteAddr) {
        Optional<AppUser> found = findForUpdate(attemptedUsername);
        if (found.isEmpty()) {
            String detail = AuditDetails.BAD_CREDENTIALS.equals(reason) ? AuditDetails.UNKNOWN_USER : reason;
            auditLog.record(failure(attemptedUsername, null, detail, remoteAddr));
            log.warn("Failed login for unknown user {} from {}", attemptedUsername, remoteAddr);
            return;
        }

        AppUser user = found.get();
        auditLog.record(failure(attemptedUsername, user, reason, remoteAddr));
        log.warn("Failed login for user {} from {}: {}", user.getUsername(), remoteAddr, reason);
        if (AuditDetails.BAD_CREDENTIALS.equals(reason)) {
            countFailure(user, remoteAddr);
        }
    }

    /** Returns whether the account with this username exists and is locked now. */
    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        if (username == null) {
            return false;
        }
        return users.findByUsernameIgnoreCase(username.strip())
                .map(user -> user.isLockedAt(OffsetDateTime.now()))
                .orElse(false);
    }

    private void countFailure(AppUser user, String remoteAddr) {
        Map<String, Object> before = user.auditSnapshot();
        OffsetDateTime lockedUntil = OffsetDateTime.now().plus(properties.lockout());
        boolean lockedNow = user.recordFailedLogin(properties.maxFailedLogins(), lockedUntil);
        if (!lockedNow) {
            return;
        }
        auditLog.record(AuditEntry.success(AuditAction.ACCOUNT_LOCKED, AuditDetails.OBJECT_TYPE, user.getId(),
                        user.getUsername(), AuditChanges.diff(before, user.auditSnapshot()))
                .withDetail(AuditDetails.TOO_MANY_FAILED_LOGINS)
                .withActor(user.getUsername(), user.getId(), remoteAddr));
        log.warn("Locked user {} until {} after {} failed logins, the last from {}", user.getUsername(),
                ShanghaiTime.format(lockedUntil), properties.maxFailedLogins(), remoteAddr);
    }

    private Optional<AppUser> findForUpdate(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(username.strip())
                .flatMap(user -> users.findByIdForUpdate(user.getId()));
    }

    private static AuditEntry failure(String attemptedUsername, AppUser user, String detail, String remoteAddr) {
        Long userId = user == null ? null : user.getId();
        String label = user == null ? attemptedUsername : user.getUsername();
        return AuditEntry.success(AuditAction.LOGIN_FAILED, AuditDetails.OBJECT_TYPE, userId, label)
                .withResult(AuditResult.FAILURE)
                .withDetail(detail)
                .withActor(attemptedUsername, userId, remoteAddr);
    }
}
