package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraHealth;
import cn.overloadcontrol.device.CameraHealthListener;
import cn.overloadcontrol.device.CameraState;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks each camera's state from the outcome of its captures and notifies the listener of every
 * change: the first result of a camera, online to offline, and offline to online.
 */
public final class CameraHealthTracker {

    private static final Logger log = LoggerFactory.getLogger(CameraHealthTracker.class);

    private final Map<String, CameraHealth> current = new ConcurrentHashMap<>();
    private final CameraHealthListener listener;
    private final Clock clock;

    public CameraHealthTracker(CameraHealthListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    public void succeeded(String cameraId) {
        Instant now = clock.instant();
        CameraHealth before = current.get(cameraId);
        CameraHealth after = before != null && before.state() == CameraState.ONLINE
                ? new CameraHealth(cameraId, CameraState.ONLINE, "", before.changedAt(), now)
                : new CameraHealth(cameraId, CameraState.ONLINE, "", now, now);
        current.put(cameraId, after);
        if (before == null || before.state() != CameraState.ONLINE) {
            log.info("Camera {} is online", cameraId);
            notifyListener(after);
        }
    }

    /** Marks the camera offline; {@code reason} must already be free of credentials. */
    public void failed(String cameraId, String reason) {
        Instant now = clock.instant();
        CameraHealth before = current.get(cameraId);
        Instant lastSuccess = before == null ? null : before.lastSuccessAt();
        if (before != null && before.state() == CameraState.OFFLINE) {
            current.put(cameraId, new CameraHealth(cameraId, CameraState.OFFLINE, reason, before.changedAt(),
                    lastSuccess));
            return;
        }
        CameraHealth after = new CameraHealth(cameraId, CameraState.OFFLINE, reason, now, lastSuccess);
        current.put(cameraId, after);
        log.warn("Camera {} is offline: {}", cameraId, reason);
        notifyListener(after);
    }

    public Optional<CameraHealth> health(String cameraId) {
        return Optional.ofNullable(current.get(cameraId));
    }

    private void notifyListener(CameraHealth health) {
        try {
            listener.onHealth(health);
        } catch (RuntimeException e) {
            log.warn("Camera health listener {} failed on camera {}", listener, health.cameraId(), e);
        }
    }
}
