package cn.overloadcontrol.weighing.media;

/**
 * One entry of the optional {@code media} array of a record, as sent: the kind and the file bytes
 * in base64. Both stay text here, so that a bad value becomes a field problem, not a parse error.
 */
public record InlineMedia(String kind, String content) {
}
