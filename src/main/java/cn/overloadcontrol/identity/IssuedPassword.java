package cn.overloadcontrol.identity;

/**
 * A random password given to an account when it is created or reset, shown once to the
 * administrator. Only its hash is stored, and the user must change it at the next login.
 */
record IssuedPassword(long userId, String username, String password) {
}
