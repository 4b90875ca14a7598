package cn.overloadcontrol.device;

import java.util.Objects;

/**
 * A snapshot or clip of one camera that a passage record goes out without.
 *
 * @param cameraId the camera's id
 * @param position where the camera looks at the truck
 * @param clip     true for a failed clip, false for a failed snapshot
 * @param reason   the cause in English, without credentials
 */
public record CameraFailure(String cameraId, CameraPosition position, boolean clip, String reason) {

    public CameraFailure {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
    }
}
