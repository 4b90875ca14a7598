package cn.overloadcontrol.identity;

/**
 * Filters of the user list; a {@code null} or blank filter is not applied.
 *
 * @param keyword part of the username or the display name, ignoring case
 * @param role    users holding this role
 * @param enabled active ({@code true}) or deactivated ({@code false}) users
 */
record UserQuery(String keyword, Role role, Boolean enabled) {
}
