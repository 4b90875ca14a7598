package cn.overloadcontrol.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorFanOutTest {

    private static final byte[] A9_1560 = HexBytes.parse("02 2B 30 30 31 35 36 30 30 31 39 03");

    @Test
    void everySubscriberReceivesEachResult() {
        IndicatorFanOut fanOut = new IndicatorFanOut();
        List<IndicatorResult> first = new ArrayList<>();
        List<IndicatorResult> second = new ArrayList<>();
        fanOut.subscribe(first::add);
        fanOut.subscribe(second::add);
        IndicatorFramer framer = IndicatorProtocol.YAOHUA_A9.newFramer(Map.of(), fanOut);

        framer.accept(A9_1560);

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(((IndicatorReading) first.get(0)).weight().toPlainString()).isEqualTo("1560");
    }

    @Test
    void failingSubscriberDoesNotStopOthers() {
        IndicatorFanOut fanOut = new IndicatorFanOut();
        List<IndicatorResult> received = new ArrayList<>();
        fanOut.subscribe(result -> {
            throw new IllegalStateException("consumer failed");
        });
        fanOut.subscribe(received::add);
        IndicatorFramer framer = IndicatorProtocol.YAOHUA_A9.newFramer(Map.of(), fanOut);

        framer.accept(A9_1560);
        framer.accept(A9_1560);

        assertThat(received).hasSize(2);
        assertThat(framer.counters().readings()).isEqualTo(2);
    }

    @Test
    void unsubscribedListenerReceivesNothing() {
        IndicatorFanOut fanOut = new IndicatorFanOut();
        List<IndicatorResult> received = new ArrayList<>();
        IndicatorResultListener listener = received::add;
        fanOut.subscribe(listener);
        fanOut.unsubscribe(listener);

        fanOut.onResult(new IndicatorRejection(RejectionReason.NOISE, new byte[] {1}));

        assertThat(received).isEmpty();
    }
}
