package cn.overloadcontrol.weighing;

/** One evidence file linked to a record, as the uploads send it; {@code kind} is a media kind name. */
public record UploadMedia(long id, long recordId, String kind, String sha256, String contentType, long sizeBytes) {
}
