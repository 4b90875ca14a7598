package cn.overloadcontrol.device.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Checks the Spring Boot jar that {@code package} built, which failsafe runs after. The FFmpeg
 * natives are the largest part of the jar, and {@code javacv-platform} or a missing exclusion
 * would add hundreds of MB of natives for other systems.
 */
class PackagedJarSizeIT {

    private static final long MB = 1024 * 1024;
    // The whole jar, about 191 MB with javacv 1.5.14: FFmpeg natives 57 MB, embedded PostgreSQL
    // binaries 38 MB, the rest Spring, Hibernate and POI.
    private static final long MAX_JAR_BYTES = 220 * MB;
    // javacv, javacpp and FFmpeg for linux-x86_64 and windows-x86_64 together, about 60 MB.
    private static final long MAX_BYTEDECO_BYTES = 70 * MB;
    private static final List<String> ALLOWED_CLASSIFIERS = List.of("linux-x86_64", "windows-x86_64");

    @Test
    void packagedJarStaysWithinBudget() throws IOException {
        Path jar = packagedJar();

        assertThat(Files.size(jar)).as("size of %s in bytes", jar).isLessThan(MAX_JAR_BYTES);
    }

    @Test
    void onlyFfmpegNativesForStationPlatformsShip() throws IOException {
        long bytedecoBytes = 0;
        try (ZipFile zip = new ZipFile(packagedJar().toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.getName().startsWith("BOOT-INF/lib/") || !isBytedeco(name)) {
                    continue;
                }
                bytedecoBytes += entry.getSize();
                assertThat(name).as("bytedeco library").matches("(javacv|javacpp|ffmpeg)-[0-9].*\\.jar");
                String classifier = classifier(name);
                if (classifier != null) {
                    assertThat(ALLOWED_CLASSIFIERS).as("native classifier of %s", name).contains(classifier);
                }
            }
        }

        assertThat(bytedecoBytes).as("javacv, javacpp and FFmpeg bytes").isLessThan(MAX_BYTEDECO_BYTES);
    }

    private static boolean isBytedeco(String name) {
        return Stream.of("javacv", "javacpp", "ffmpeg", "opencv", "openblas", "flycapture", "libdc1394",
                "libfreenect", "librealsense", "videoinput", "artoolkitplus", "leptonica", "tesseract", "javafx")
                .anyMatch(name::startsWith);
    }

    // ffmpeg-8.1.2-1.5.14-linux-x86_64.jar has the classifier linux-x86_64; javacv-1.5.14.jar has none.
    private static String classifier(String name) {
        for (String platform : List.of("linux", "windows", "macosx", "android", "ios")) {
            int at = name.indexOf("-" + platform + "-");
            if (at >= 0) {
                return name.substring(at + 1, name.length() - ".jar".length());
            }
        }
        return null;
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(path -> path.getFileName().toString().endsWith(".jar"))
                    .filter(path -> !path.getFileName().toString().endsWith("-plain.jar"))
                    .toList();
            assertThat(jars).as("the jar built by mvn package in target/").hasSize(1);
            return jars.get(0);
        }
    }
}
