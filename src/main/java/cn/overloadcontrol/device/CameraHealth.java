package cn.overloadcontrol.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one camera after a capture changed it.
 *
 * @param cameraId      the camera's id
 * @param state         online after a success, offline after a failure
 * @param reason        why the camera is offline, in English and without credentials; empty when online
 * @param changedAt     when the state changed
 * @param lastSuccessAt when a capture last succeeded, or {@code null} if none has yet
 */
public record CameraHealth(String cameraId, CameraState state, String reason, Instant changedAt,
                           Instant lastSuccessAt) {

    public CameraHealth {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
