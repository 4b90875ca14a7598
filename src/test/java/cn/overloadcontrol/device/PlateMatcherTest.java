package cn.overloadcontrol.device;

import static cn.overloadcontrol.device.PlateEvents.T0;
import static cn.overloadcontrol.device.PlateEvents.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Passage stable at T0; the window is 30 s before to 5 s after. */
class PlateMatcherTest {

    private final PlateMatcher matcher = new PlateMatcher(Duration.ofSeconds(30), Duration.ofSeconds(5));

    /**
     * Each read is {@code id:secondsAfterT0:plate:confidence}; reads are separated by spaces and
     * the plate {@code -} means none was read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | reads                                              | expected
            single read in window                | a:-10:晋E12345:90                                   | a
            no reads                             | ''                                                 | ''
            read too early                       | a:-31:晋E12345:90                                   | ''
            read too late                        | a:6:晋E12345:90                                     | ''
            window edges are inside              | a:-30:晋E12345:90 b:5:晋E12346:90                   | b
            nearest read wins                    | a:-20:晋E12345:90 b:-3:晋E12346:90 c:4:晋E12347:90   | b
            readable beats nearer unreadable     | a:-20:晋E12345:60 b:-1:-:99                         | a
            unreadable when nothing else         | a:-2:-:50 b:-40:晋E12345:90                         | a
            confidence breaks distance tie       | a:-4:晋E12345:80 b:4:晋E12346:95                    | b
            earlier wins a full tie              | a:4:晋E12345:90 b:-4:晋E12346:90                    | b
            missing confidence counts as zero    | a:-4:晋E12345:null b:4:晋E12346:1                   | b
            """)
    void picksBestRead(String description, String reads, String expected) {
        List<PlateEvent> events = new ArrayList<>();
        for (String read : reads.split(" ")) {
            if (read.isEmpty()) {
                continue;
            }
            String[] fields = read.split(":");
            String plate = fields[2].equals("-") ? "" : fields[2];
            Integer confidence = fields[3].equals("null") ? null : Integer.valueOf(fields[3]);
            events.add(read("192.168.1.64", fields[0], Integer.parseInt(fields[1]), plate, confidence));
        }

        Optional<PlateEvent> match = matcher.match(T0, events);

        assertThat(match.map(PlateEvent::eventId).orElse("")).isEqualTo(expected);
    }

    @Test
    void negativeWindowIsRejected() {
        assertThatThrownBy(() -> new PlateMatcher(Duration.ofSeconds(-1), Duration.ZERO))
                .hasMessage("match window PT-1S before and PT0S after the stable time must not be negative");
    }
}
