package cn.overloadcontrol.device;

/**
 * Receives every state change of a camera, on the thread that finished the capture. The station
 * heartbeat can forward these to the platform; a listener must not block.
 */
@FunctionalInterface
public interface CameraHealthListener {

    void onHealth(CameraHealth health);
}
