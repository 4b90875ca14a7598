package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditResult;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password changes by the users themselves and resets by an administrator. */
@Service
class PasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final UserSessions sessions;

    PasswordService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog,
            UserSessions sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /**
     * Changes a user's own password after checking the current one and the policy, and clears
     * "must change password".
     *
     * @return the problems found, empty when the password was changed. A wrong current password
     *         is audited as a failed PASSWORD_CHANGE, so this method returns instead of throwing
     *         to keep that row from being rolled back.
     */
    @Transactional
    List<FieldProblem> change(long userId, String currentPassword, String newPassword, String confirmPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));

        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(FieldProblem.error("currentPassword", null, "required"));
        } else if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(FieldProblem.error("currentPassword", null, "password.current_wrong"));
            auditLog.record(AuditEntry.success(AuditAction.PASSWORD_CHANGE, AuditDetails.OBJECT_TYPE, user.getId(),
                    user.getUsername()).withResult(AuditResult.FAILURE).withDetail(AuditDetails.CURRENT_PASSWORD_WRONG));
        }
        problems.addAll(PasswordPolicy.check("newPassword", newPassword, user.getUsername()));
        if (newPassword != null && !newPassword.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(FieldProblem.error("newPassword", null, "password.same_as_current"));
        }
        if (confirmPassword == null || confirmPassword.isEmpty()) {
            problems.add(FieldProblem.error("confirmPassword", null, "required"));
        } else if (!confirmPassword.equals(newPassword)) {
            problems.add(FieldProblem.error("confirmPassword", null, "password.confirmation_mismatch"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }

        Map<String, Object> before = user.auditSnapshot();
        user.changePassword(passwordEncoder.encode(newPassword), false, OffsetDateTime.now());
        auditLog.record(AuditEntry.success(AuditAction.PASSWORD_CHANGE, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername(), AuditChanges.diff(before, user.auditSnapshot())));
        log.info("User {} changed the password", user.getUsername());
        return List.of();
    }

    /**
     * Gives a user a new random password that must be changed at the next login, and ends the
     * user's sessions.
     *
     * @return the new password, to be shown once to the administrator
     * @throws UserRuleException for the administrator's own account, which is changed on the
     *                           password page with the current password instead
     */
    @Transactional
    IssuedPassword reset(long userId) {
        if (CurrentUsers.find().map(user -> user.userId() == userId).orElse(false)) {
            log.warn("Rejected a reset of the own password by user {}", userId);
            throw new UserRuleException("user.reset_self", "Users cannot reset their own password: " + userId);
        }
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        Map<String, Object> before = user.auditSnapshot();
        String password = RandomPasswords.generate();
        user.changePassword(passwordEncoder.encode(password), true, OffsetDateTime.now());
        auditLog.record(AuditEntry.success(AuditAction.PASSWORD_RESET, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername(), AuditChanges.diff(before, user.auditSnapshot())));
        sessions.expireAll(userId);
        log.info("Reset the password of user {}", user.getUsername());
        return new IssuedPassword(user.getId(), user.getUsername(), password);
    }
}
