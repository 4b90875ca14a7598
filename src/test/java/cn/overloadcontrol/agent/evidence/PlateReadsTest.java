package cn.overloadcontrol.agent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PlateEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Plate windows of 10 s before the truck came on to 10 s after the stable weight, as configured by default. */
class PlateReadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-12-05T02:13:00Z");

    @TempDir
    Path folder;

    private Journal journal;
    private PassageDesk desk;
    private PlateReads reads;

    @BeforeEach
    void openJournal() throws Exception {
        journal = Journal.open(folder, Clock.fixed(T0, ZoneOffset.UTC));
        desk = new PassageDesk(journal, DeliveryCursor.open(folder), () -> { }, "OUTBOUND", null);
        reads = new PlateReads(journal, new MediaStore(folder), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void unreadablePassageKeepsItsOwnRead() {
        reads.accept("sim-plate", "SIMULATED", event("e1", 10, "晋E48405"));
        long first = desk.recordPassage(facts(8, 14));
        reads.accept("sim-plate", "SIMULATED", event("e2", 38, "无车牌"));
        long second = desk.recordPassage(facts(36, 41));

        Optional<PlateReads.PlateRead> secondRead = reads.match(second);
        Optional<PlateReads.PlateRead> firstRead = reads.match(first);

        assertThat(secondRead).as("read of the second passage").isPresent();
        assertThat(secondRead.get().readable()).isFalse();
        assertThat(secondRead.get().rawPlate()).isEqualTo("无车牌");
        assertThat(firstRead.map(PlateReads.PlateRead::plate)).contains("晋E48405");
    }

    @Test
    void readUsedOnceOnly() {
        reads.accept("sim-plate", "SIMULATED", event("e1", 10, "晋E48405"));
        long first = desk.recordPassage(facts(8, 14));
        long second = desk.recordPassage(facts(16, 20));

        assertThat(reads.match(second)).as("read of the second passage").isEmpty();
        assertThat(reads.match(first).map(PlateReads.PlateRead::plate)).contains("晋E48405");
    }

    @Test
    void readBeforeVehicleOnWindowIgnored() {
        reads.accept("sim-plate", "SIMULATED", event("e1", 0, "晋E48405"));
        long passage = desk.recordPassage(facts(30, 36));

        assertThat(reads.match(passage)).isEmpty();
    }

    private static PlateEvent event(String id, int secondsAfterT0, String plate) {
        return new PlateEvent(CameraVendor.HIKVISION, "127.0.0.1", id, T0.plusSeconds(secondsAfterT0),
                PlateNumber.of(plate), plate, PlateColor.UNKNOWN, "", 90, "", List.of());
    }

    private static PassageFacts facts(int vehicleOnSeconds, int stableSeconds) {
        return new PassageFacts(UUID.randomUUID(), T0.plusSeconds(vehicleOnSeconds), T0.plusSeconds(stableSeconds),
                null, new BigDecimal("16480"), false, null, JSON.createArrayNode(), JSON.createArrayNode());
    }
}
