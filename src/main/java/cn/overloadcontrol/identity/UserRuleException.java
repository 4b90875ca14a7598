package cn.overloadcontrol.identity;

/**
 * Thrown when an action on a user is not allowed, such as an administrator deactivating
 * himself. The screens show the Chinese text of {@code "problem." + code}.
 */
class UserRuleException extends RuntimeException {

    private final String code;

    UserRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    String messageKey() {
        return "problem." + code;
    }
}
