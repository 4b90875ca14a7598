package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A lane with one working simulated camera and one whose capture always fails. */
class PassageCamerasTest {

    private final CameraCapture simulated = CameraCaptures.simulated(health -> { }, camera -> "晋E12345");
    private final PassageCameras cameras = new PassageCameras(new FailingFor("cam-rear", simulated),
            Duration.ofSeconds(1));

    @AfterEach
    void close() {
        cameras.close();
        simulated.close();
    }

    @Test
    void allCamerasAnsweringGiveFullEvidence() {
        PassageEvidence evidence = cameras.capture(List.of(camera("cam-front", CameraPosition.FRONT),
                camera("cam-cargo", CameraPosition.CARGO)));

        assertThat(evidence.snapshots()).extracting(CameraSnapshot::cameraId)
                .containsExactly("cam-front", "cam-cargo");
        assertThat(evidence.clips()).hasSize(2);
        assertThat(evidence.failures()).isEmpty();
        assertThat(evidence.photoMissing()).isFalse();
    }

    @Test
    void failedCameraFlagsPhotoMissing() {
        PassageEvidence evidence = cameras.capture(List.of(camera("cam-front", CameraPosition.FRONT),
                camera("cam-rear", CameraPosition.REAR)));

        assertThat(evidence.snapshots()).extracting(CameraSnapshot::cameraId).containsExactly("cam-front");
        assertThat(evidence.failures()).extracting(CameraFailure::cameraId).containsExactly("cam-rear", "cam-rear");
        assertThat(evidence.failures()).extracting(CameraFailure::reason).allMatch(reason -> reason.contains("refused"));
        assertThat(evidence.photoMissing()).isTrue();
    }

    private static CameraSource camera(String id, CameraPosition position) {
        return CameraSource.anonymous(id, position, "rtsp://127.0.0.1:554/" + id);
    }

    /** Fails every capture of one camera, as an unreachable camera does, and passes the rest on. */
    private record FailingFor(String cameraId, CameraCapture delegate) implements CameraCapture {

        @Override
        public CameraSnapshot snapshot(CameraSource source, Duration deadline) throws CameraCaptureException {
            if (source.id().equals(cameraId)) {
                throw new CameraCaptureException(cameraId, "connection refused");
            }
            return delegate.snapshot(source, deadline);
        }

        @Override
        public CameraClip clip(CameraSource source, Duration length, Duration deadline) throws CameraCaptureException {
            if (source.id().equals(cameraId)) {
                throw new CameraCaptureException(cameraId, "connection refused");
            }
            return delegate.clip(source, length, deadline);
        }

        @Override
        public void close() {
        }
    }
}
