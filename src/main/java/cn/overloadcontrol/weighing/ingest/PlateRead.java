package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.device.CameraPlateColors;
import tools.jackson.databind.JsonNode;

/**
 * The validated plate read of a record. Its canonical JSON is stored with the record and is part
 * of the record content, so the content hash covers it.
 *
 * @param confidence 0 to 100, {@code null} when the camera sent none
 */
public record PlateRead(Source source, Vendor vendor, String cameraId, String rawPlate, String rawColor,
        Integer confidence, Instant readAt) {

    /** Origin of the plate: a camera push or the operator's typing. */
    public enum Source { CAMERA, OPERATOR }

    /** Maker of the plate camera. */
    public enum Vendor { HIKVISION, DAHUA, VZENITH, SIMULATED }

    /** Returns the colour that {@code rawColor} means in the vendor's terms, UNKNOWN when none. */
    public PlateColor color() {
        return CameraPlateColors.decode(vendor == null ? null : vendor.name(), rawColor);
    }

    /** Returns the read time in China time (UTC+8) for screens, {@code null} when not sent. */
    public OffsetDateTime readAtInChina() {
        return readAt == null ? null : readAt.atOffset(StationFactsJson.CHINA);
    }

    String canonicalJson() {
        Map<String, Object> fields = new TreeMap<>();
        StationFactsJson.put(fields, "source", source);
        StationFactsJson.put(fields, "vendor", vendor);
        StationFactsJson.put(fields, "cameraId", cameraId);
        StationFactsJson.put(fields, "rawPlate", rawPlate);
        StationFactsJson.put(fields, "rawColor", rawColor);
        StationFactsJson.put(fields, "confidence", confidence);
        StationFactsJson.put(fields, "readAt", readAt);
        return CanonicalJson.write(fields);
    }

    /** Reads a plate read back from its stored canonical JSON; {@code null} for {@code null}. */
    static PlateRead fromJson(String canonicalJson) {
        if (canonicalJson == null) {
            return null;
        }
        JsonNode root = StationFactsJson.read(canonicalJson);
        return new PlateRead(StationFactsJson.enumOf(Source.class, root, "source"),
                StationFactsJson.enumOf(Vendor.class, root, "vendor"), StationFactsJson.text(root, "cameraId"),
                StationFactsJson.text(root, "rawPlate"), StationFactsJson.text(root, "rawColor"),
                StationFactsJson.integer(root, "confidence"), StationFactsJson.instant(root, "readAt"));
    }
}
