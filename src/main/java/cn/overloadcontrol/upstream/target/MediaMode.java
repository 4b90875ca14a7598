package cn.overloadcontrol.upstream.target;

/** How evidence media reaches a target. */
public enum MediaMode {
    /** One request per file to the media endpoint, sent only after its record was delivered. */
    SEPARATE,
    /** Base64 inside the record's own body. */
    INLINE,
    /** Media is not uploaded. */
    NONE
}
