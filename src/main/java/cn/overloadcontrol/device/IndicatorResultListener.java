package cn.overloadcontrol.device;

/**
 * Receives each result of a framer, on the thread that feeds the framer. A listener that can
 * throw should be registered through {@link IndicatorFanOut}, which isolates listeners.
 */
@FunctionalInterface
public interface IndicatorResultListener {

    void onResult(IndicatorResult result);
}
