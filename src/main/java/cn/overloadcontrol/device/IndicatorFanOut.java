package cn.overloadcontrol.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes each result of one framer to several consumers (weighing cycle, health page, raw
 * frame journal), because one port has exactly one reader. A consumer that throws is logged and
 * does not stop the others or the reader.
 */
public final class IndicatorFanOut implements IndicatorResultListener {

    private static final Logger log = LoggerFactory.getLogger(IndicatorFanOut.class);

    private final List<IndicatorResultListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(IndicatorResultListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(IndicatorResultListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onResult(IndicatorResult result) {
        for (IndicatorResultListener listener : listeners) {
            try {
                listener.onResult(result);
            } catch (RuntimeException e) {
                log.warn("Indicator result listener {} failed on frame {}", listener, result.rawHex(), e);
            }
        }
    }
}
