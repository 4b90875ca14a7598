package cn.overloadcontrol.acceptance;

/** A photo an inspector attached to a checklist item. */
public record PhotoView(long id, long itemId, String fileName, String contentType, long sizeBytes, String sha256) {
}
