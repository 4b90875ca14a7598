package cn.overloadcontrol.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.FieldChange;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates, activates and unlocks accounts, auditing each change with the
 * before/after of the fields it altered. Password resets are in {@link PasswordService}.
 */
@Service
@Transactional
class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);
    /** Fields whose change alters what the user may do or see, so the user's sessions are ended. */
    private static final Set<String> RIGHTS_FIELDS = Set.of("roles", "areaIds", "unitId", "enabled");

    private final AppUserRepository users;
    private final UserFormValidator validator;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final UserSessions sessions;

    UserAdminService(AppUserRepository users, UserFormValidator validator, PasswordEncoder passwordEncoder,
            AuditLog auditLog, UserSessions sessions) {
        this.users = users;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    UserForm formOf(long userId) {
        return UserForm.of(load(userId));
    }

    /**
     * Stores a new account with a random initial password that must be changed at the first login.
     *
     * @throws UserValidationException with every problem found; nothing is stored
     */
    IssuedPassword create(UserForm form) {
        List<FieldProblem> problems = validator.validateNew(form);
        if (!problems.isEmpty()) {
            throw rejected(form.getUsername(), problems);
        }

        String password = RandomPasswords.generate();
        AppUser user = new AppUser(form.getUsername().strip(), clean(form.getDisplayName()),
                passwordEncoder.encode(password), form.getRoles());
        apply(user, form);
        users.save(user);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername(), AuditChanges.diff(null, user.auditSnapshot())));
        log.info("Created user {} ({}) with roles {}", user.getUsername(), user.getId(), user.getRoles());
        return new IssuedPassword(user.getId(), user.getUsername(), password);
    }

    /**
     * Changes an account's fields; the username never changes. Ends the user's sessions when
     * roles, areas or the unit changed, so the next login picks up the new rights.
     *
     * @throws UserValidationException with every problem found; nothing is stored
     */
    void update(long userId, UserForm form) {
        AppUser user = load(userId);
        List<FieldProblem> problems = new ArrayList<>(validator.validateUpdate(form, user));
        if (isCurrentUser(userId) && user.getRoles().contains(Role.SYSTEM_ADMIN)
                && !form.getRoles().contains(Role.SYSTEM_ADMIN)) {
            problems.add(FieldProblem.error("roles", null, "user.own_admin_role"));
        }
        if (!problems.isEmpty()) {
            throw rejected(user.getUsername(), problems);
        }

        Map<String, Object> before = user.auditSnapshot();
        user.setDisplayName(clean(form.getDisplayName()));
        user.setRoles(form.getRoles());
        apply(user, form);
        user.touch();
        Map<String, FieldChange> changes = AuditChanges.diff(before, user.auditSnapshot());
        if (changes.isEmpty()) {
            return;
        }
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername(), changes));
        log.info("Updated user {} ({}): {}", user.getUsername(), user.getId(), changes.keySet());
        endSessionsIfRightsChanged(user, changes);
    }

    /**
     * Deactivates an account and ends its sessions. The account stays, with its audit history.
     *
     * @return the username, for the confirmation message
     * @throws UserRuleException when administrators try to deactivate themselves
     */
    String deactivate(long userId) {
        if (isCurrentUser(userId)) {
            log.warn("Rejected the deactivation of the own account by user {}", userId);
            throw new UserRuleException("user.deactivate_self", "Users cannot deactivate themselves: " + userId);
        }
        return changeEnabled(userId, false, AuditAction.DEACTIVATE);
    }

    /** Activates a deactivated account and returns its username. */
    String activate(long userId) {
        return changeEnabled(userId, true, AuditAction.ACTIVATE);
    }

    /** Ends a lockout before its time, clears the failed-login count, and returns the username. */
    String unlock(long userId) {
        AppUser user = load(userId);
        Map<String, Object> before = user.auditSnapshot();
        user.unlock();
        user.touch();
        auditLog.record(AuditEntry.success(AuditAction.ACCOUNT_UNLOCKED, AuditDetails.OBJECT_TYPE, user.getId(),
                user.getUsername(), AuditChanges.diff(before, user.auditSnapshot())));
        log.info("Unlocked user {} ({})", user.getUsername(), user.getId());
        return user.getUsername();
    }

    private String changeEnabled(long userId, boolean enabled, AuditAction action) {
        AppUser user = load(userId);
        if (user.isEnabled() == enabled) {
            return user.getUsername();
        }
        Map<String, Object> before = user.auditSnapshot();
        user.setEnabled(enabled);
        user.touch();
        Map<String, FieldChange> changes = AuditChanges.diff(before, user.auditSnapshot());
        auditLog.record(AuditEntry.success(action, AuditDetails.OBJECT_TYPE, user.getId(), user.getUsername(),
                changes));
        log.info("{} user {} ({})", action, user.getUsername(), user.getId());
        endSessionsIfRightsChanged(user, changes);
        return user.getUsername();
    }

    /** Sets the fields shared by create and update; areas and unit are kept only for the roles that use them. */
    private static void apply(AppUser user, UserForm form) {
        user.setDepartment(clean(form.getDepartment()));
        user.setPhone(clean(form.getPhone()));
        user.setAreaIds(form.isTownStaff() ? form.getAreaIds() : Set.of());
        user.setUnitId(form.isEnterpriseUser() ? form.getUnitId() : null);
    }

    private void endSessionsIfRightsChanged(AppUser user, Map<String, FieldChange> changes) {
        if (changes.keySet().stream().anyMatch(RIGHTS_FIELDS::contains)) {
            sessions.expireAll(user.getId());
        }
    }

    private static UserValidationException rejected(String username, List<FieldProblem> problems) {
        UserValidationException exception = new UserValidationException(problems);
        log.warn("Rejected the user form of {}: {}", username, exception.getMessage());
        return exception;
    }

    private AppUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }

    private static boolean isCurrentUser(long userId) {
        return CurrentUsers.find().map(user -> user.userId() == userId).orElse(false);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
