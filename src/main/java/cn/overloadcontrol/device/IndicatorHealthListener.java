package cn.overloadcontrol.device;

/**
 * Receives every state change of an indicator link, on the link's reader thread. The station
 * forwards these to the platform; a listener must not block.
 */
@FunctionalInterface
public interface IndicatorHealthListener {

    void onHealth(IndicatorHealth health);
}
