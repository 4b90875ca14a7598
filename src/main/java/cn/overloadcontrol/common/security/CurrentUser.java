package cn.overloadcontrol.common.security;

import java.util.Set;

/**
 * The logged-in user as every module reads it: identity, permission strings such as
 * {@code unit:create}, and the data scope that queries must apply.
 */
public interface CurrentUser {

    long userId();

    String username();

    String displayName();

    Set<String> permissions();

    DataScope dataScope();

    default boolean can(String permission) {
        return permissions().contains(permission);
    }
}
