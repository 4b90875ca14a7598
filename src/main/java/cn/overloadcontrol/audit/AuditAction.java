package cn.overloadcontrol.audit;

/** What a user (or the system) did. Stored by name, so names never change. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DEACTIVATE,
    ACTIVATE,
    STATUS_CHANGE,
    PUBLISH,
    UNPUBLISH,
    IMPORT,
    EXPORT,
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED
}
