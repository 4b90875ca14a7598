package cn.overloadcontrol.upstream.target;

/** How requests to a target are authenticated. */
public enum AuthKind {
    /** No authentication headers. */
    NONE,
    /** App key and an HMAC-SHA256 signature over the canonical string. */
    HMAC_SHA256,
    /** App key and an HMAC-SM3 signature (SM3 of GB/T 32905) over the canonical string. */
    SM3,
    /** A bearer token fetched from the target's login endpoint with the app key and secret. */
    TOKEN
}
