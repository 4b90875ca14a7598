package cn.overloadcontrol.agent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.device.CameraPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The cameras part of the heartbeat after a restart, with the last successes read back from the journal. */
class StationCamerasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant EARLIER = Instant.parse("2026-12-05T02:17:04Z");

    @TempDir
    Path folder;

    @Test
    void restartKeepsLastSuccess() {
        try (Journal before = Journal.open(folder, Clock.fixed(EARLIER, ZoneOffset.UTC))) {
            before.append(EntryType.EVIDENCE, sequence -> {
                ObjectNode data = JSON.createObjectNode();
                data.put("passageSequence", 1);
                data.putArray("files").addObject().put("cameraId", "front").put("kind", "FRONT");
                data.putArray("missing");
                return data;
            });
            before.append(EntryType.PLATE_READ, sequence -> JSON.createObjectNode().put("cameraId", "plate-in"));
        }
        Journal afterRestart = Journal.open(folder, Clock.systemUTC());
        StationCameras cameras = new StationCameras(
                List.of(EvidenceCaptureTest.camera("front", CameraPosition.FRONT, "rtsp://127.0.0.1:8554/cam", "", "")),
                List.of(new StationCameras.PlateCamera("plate-in", "HIKVISION", "127.0.0.1")),
                Duration.ofMinutes(5), Clock.systemUTC());

        cameras.restoreLastSuccess(afterRestart);
        ObjectNode report = JSON.createObjectNode();
        cameras.contribute(report);

        JsonNode front = report.path("cameras").get(0);
        JsonNode plate = report.path("cameras").get(1);
        assertThat(front.path("id").asString()).isEqualTo("front");
        assertThat(front.path("state").asString()).isEqualTo("UNKNOWN");
        assertThat(front.path("lastSuccessAt").asString()).isEqualTo("2026-12-05T10:17:04+08:00");
        assertThat(plate.path("id").asString()).isEqualTo("plate-in");
        assertThat(plate.path("lastSuccessAt").asString()).isEqualTo("2026-12-05T10:17:04+08:00");
    }
}
