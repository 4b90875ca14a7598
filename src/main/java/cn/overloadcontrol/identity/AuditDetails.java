package cn.overloadcontrol.identity;

/**
 * Stable codes written to the detail column of identity audit events. The audit screen shows
 * the Chinese text of {@code "audit.detail." + code}.
 */
final class AuditDetails {

    static final String OBJECT_TYPE = "app_user";

    static final String BAD_CREDENTIALS = "bad_credentials";
    static final String UNKNOWN_USER = "unknown_user";
    static final String ACCOUNT_LOCKED = "account_locked";
    static final String ACCOUNT_DISABLED = "account_disabled";
    static final String AUTHENTICATION_ERROR = "authentication_error";
    static final String TOO_MANY_FAILED_LOGINS = "too_many_failed_logins";
    static final String CURRENT_PASSWORD_WRONG = "current_password_wrong";

    private AuditDetails() {
    }
}
