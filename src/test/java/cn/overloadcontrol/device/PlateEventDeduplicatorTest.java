package cn.overloadcontrol.device;

import static cn.overloadcontrol.device.PlateEvents.T0;
import static cn.overloadcontrol.device.PlateEvents.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlateEventDeduplicatorTest {

    private final PlateEventDeduplicator deduplicator = new PlateEventDeduplicator(Duration.ofSeconds(10));

    @Test
    void firstEventIsNew() {
        PlateEvent event = read("192.168.1.64", "a", 0, "晋E12345", 90);

        PlateEventDeduplicator.Result result = deduplicator.accept(event);

        assertThat(result.duplicate()).isFalse();
        assertThat(result.event()).isEqualTo(event);
    }

    @Test
    void sameEventIdIsDuplicate() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "晋E12345", 90));

        PlateEventDeduplicator.Result result = deduplicator.accept(read("192.168.1.64", "a", 0, "晋E12345", 90));

        assertThat(result.duplicate()).isTrue();
    }

    @Test
    void sameEventIdFromOtherCameraIsNew() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "", 90));

        assertThat(deduplicator.accept(read("192.168.1.65", "a", 0, "", 90)).duplicate()).isFalse();
    }

    @Test
    void samePlateWithinWindowIsMerged() {
        PlateEvent first = read("192.168.1.64", "a", 0, "晋E12345", 80);
        PlatePicture picture = new PlatePicture("p.jpg", "image/jpeg", new byte[] {1, 2});
        PlateEvent second = new PlateEvent(CameraVendor.DAHUA, "192.168.1.65", "b", T0.plusSeconds(8),
                PlateNumber.of("晋E·12345"), "晋E·12345", PlateColor.YELLOW, "Yellow", 95, "", List.of(picture));
        deduplicator.accept(first);

        PlateEventDeduplicator.Result result = deduplicator.accept(second);

        assertThat(result.duplicate()).isTrue();
        assertThat(result.event().eventId()).isEqualTo("a");
        assertThat(result.event().cameraAddress()).isEqualTo("192.168.1.64");
        assertThat(result.event().time()).isEqualTo(T0);
        assertThat(result.event().rawPlate()).isEqualTo("晋E12345");
        assertThat(result.event().color()).isEqualTo(PlateColor.YELLOW);
        assertThat(result.event().rawColor()).isEqualTo("Yellow");
        assertThat(result.event().confidence()).isEqualTo(95);
        assertThat(result.event().pictures()).containsExactly(picture);
    }

    @Test
    void samePlateAfterWindowIsNew() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "晋E12345", 90));

        assertThat(deduplicator.accept(read("192.168.1.64", "b", 11, "晋E12345", 90)).duplicate()).isFalse();
    }

    @Test
    void unreadablePlatesAreNotMergedByPlate() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "无车牌", 90));

        assertThat(deduplicator.accept(read("192.168.1.64", "b", 1, "无车牌", 90)).duplicate()).isFalse();
    }

    @Test
    void repeatWithReadablePlateFillsUnreadable() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "", 40));

        PlateEventDeduplicator.Result result = deduplicator.accept(read("192.168.1.64", "a", 0, "晋E12345", 90));

        assertThat(result.duplicate()).isTrue();
        assertThat(result.event().plate().normalized()).isEqualTo("晋E12345");
        assertThat(result.event().confidence()).isEqualTo(90);
    }

    @Test
    void differentPlatesAreBothNew() {
        deduplicator.accept(read("192.168.1.64", "a", 0, "晋E12345", 90));

        assertThat(deduplicator.accept(read("192.168.1.64", "b", 1, "晋E12346", 90)).duplicate()).isFalse();
    }
}
