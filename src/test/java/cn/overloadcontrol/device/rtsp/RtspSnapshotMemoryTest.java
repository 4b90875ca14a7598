package cn.overloadcontrol.device.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Takes 500 consecutive snapshots, each over its own RTSP connection, and measures native memory
 * before, after 60 % of them, and at the end. {@code -Drtsp.memory.snapshots=N} changes the count.
 *
 * <p>Measured on a 2-core Debian 12 machine with OpenJDK 17 and FFmpeg 8.1.2 from javacv 1.5.14:
 * the resident size grows by about 130 MB over the first 300 snapshots, as the C allocator's
 * arenas fill, and then stays flat within a few MB up to 900 snapshots. A leak of one decoded
 * 320 × 240 frame (230 KB) per snapshot would add about 46 MB over the last 200.
 */
class RtspSnapshotMemoryTest {

    private static final int SNAPSHOTS = Integer.getInteger("rtsp.memory.snapshots", 500);
    private static final int WARM_UP_SNAPSHOTS = 10;
    private static final long MB = 1024 * 1024;
    // Growth over the whole run, allocator warm-up included.
    private static final long MAX_TOTAL_GROWTH_BYTES = 192 * MB;
    // Growth over the last 40 % of the snapshots, after the allocator has warmed up.
    private static final long MAX_LATE_GROWTH_BYTES = 24 * MB;
    // Pointer.totalBytes() counts only the native memory that JavaCPP allocated itself.
    private static final long MAX_JAVACPP_GROWTH_BYTES = 16 * MB;

    @Test
    void consecutiveSnapshotsKeepNativeMemoryBounded() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg");
             RtspCameraCapture capture = new RtspCameraCapture(1, Duration.ofSeconds(3), health -> { },
                     Clock.systemUTC())) {
            CameraSource camera = CameraSource.anonymous("cam-top", CameraPosition.TOP, server.url());
            takeSnapshots(capture, camera, WARM_UP_SNAPSHOTS);
            Usage before = Usage.measure();
            long start = System.nanoTime();

            int early = SNAPSHOTS * 3 / 5;
            takeSnapshots(capture, camera, early);
            Usage middle = Usage.measure();
            takeSnapshots(capture, camera, SNAPSHOTS - early);
            Usage after = Usage.measure();

            System.out.printf("%d snapshots in %d ms. VmRSS %d -> %d -> %d KB, Pointer.physicalBytes %d -> %d -> %d KB,"
                            + " Pointer.totalBytes %d -> %d KB%n",
                    SNAPSHOTS, Duration.ofNanos(System.nanoTime() - start).toMillis(),
                    before.rss / 1024, middle.rss / 1024, after.rss / 1024,
                    before.physical / 1024, middle.physical / 1024, after.physical / 1024,
                    before.javacpp / 1024, after.javacpp / 1024);
            assertThat(after.rss - before.rss).as("VmRSS growth over all snapshots")
                    .isLessThan(MAX_TOTAL_GROWTH_BYTES);
            assertThat(after.rss - middle.rss).as("VmRSS growth over the last 40 %")
                    .isLessThan(MAX_LATE_GROWTH_BYTES);
            assertThat(after.physical - middle.physical).as("Pointer.physicalBytes growth over the last 40 %")
                    .isLessThan(MAX_LATE_GROWTH_BYTES);
            assertThat(after.javacpp - before.javacpp).as("Pointer.totalBytes growth")
                    .isLessThan(MAX_JAVACPP_GROWTH_BYTES);
        }
    }

    private static void takeSnapshots(RtspCameraCapture capture, CameraSource camera, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            capture.snapshot(camera, Duration.ofSeconds(5));
        }
    }

    /** Process memory: VmRSS, JavaCPP's own reading of the resident size, and JavaCPP's allocations. */
    private record Usage(long rss, long physical, long javacpp) {

        static Usage measure() throws IOException {
            System.gc();
            return new Usage(residentBytes(), Pointer.physicalBytes(), Pointer.totalBytes());
        }

        private static long residentBytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            throw new IllegalStateException("/proc/self/status has no VmRSS line");
        }
    }
}
