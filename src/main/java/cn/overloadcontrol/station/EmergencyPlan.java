package cn.overloadcontrol.station;

import java.time.OffsetDateTime;

import cn.overloadcontrol.common.files.DocumentType;

/** The uploaded emergency plan (应急处置预案) of a station's unit; the bytes are stored by their SHA-256. */
public record EmergencyPlan(String sha256, String fileName, DocumentType type, long sizeBytes,
        OffsetDateTime uploadedAt) {
}
