package cn.overloadcontrol.agent.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import cn.overloadcontrol.agent.StationApplication;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.device.rtsp.RequiresFfmpeg;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code station --simulate} end to end on this machine: the simulated truck drives on, the
 * simulated plate camera pushes over HTTP to the station's own endpoint, the simulated cameras
 * give snapshots and clips, and the first record is sealed with plate read, evidence and files.
 */
@RequiresFfmpeg
@SpringBootTest(classes = StationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({StationApplication.PROFILE, "test"})
class SimulatedStationTest {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void simulate(DynamicPropertyRegistry registry) {
        registry.add("station.data-dir", DATA_DIR::toString);
        registry.add("station.simulate", () -> "true");
        registry.add("station.cameras.clip-length", () -> "2s");
        registry.add("station.cameras.led-wait", () -> "0s");
    }

    @Autowired
    Journal journal;
    @Autowired
    RecordSealer sealer;

    @Test
    void firstRecordCarriesCameraEvidence() throws InterruptedException {
        JsonNode request = awaitFirstSealedRecord(Duration.ofSeconds(150));

        JsonNode plateRead = request.path("plateRead");
        assertThat(plateRead.path("source").asString()).isEqualTo("CAMERA");
        assertThat(plateRead.path("vendor").asString()).isEqualTo("SIMULATED");
        assertThat(plateRead.path("cameraId").asString()).isEqualTo(SimulatedPlateCamera.CAMERA_ID);
        assertThat(request.path("evidence").path("cameras").asInt()).isEqualTo(2);
        assertThat(request.path("evidence").path("missing")).isEmpty();
        JsonNode media = journal.entries().stream().filter(entry -> entry.type() == EntryType.SEALED)
                .findFirst().orElseThrow().data().path("media");
        assertThat(media.findValuesAsString("kind"))
                .containsExactlyInAnyOrder("FRONT_PLATE", "FRONT", "SIDE", "CLIP", "CLIP");
    }

    private JsonNode awaitFirstSealedRecord(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            Optional<JournalEntry> record = journal.entries().stream()
                    .filter(entry -> entry.type() == EntryType.RECORD).findFirst();
            // Without a platform credential the forwarder does not run, so the test calls the sealer itself.
            Optional<JsonNode> request = record.flatMap(sealer::requestFor);
            if (request.isPresent()) {
                return request.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no sealed record within " + limit + "; journal: " + journal.entries().size()
                + " entries");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("station-simulated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
