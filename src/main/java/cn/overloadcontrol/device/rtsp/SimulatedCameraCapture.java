package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraClip;
import cn.overloadcontrol.device.CameraHealthListener;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * A camera without hardware for demos. It draws a picture with the camera, the time and a caption
 * such as the plate. Clips of such pictures are MPEG-4 Part 2 in MP4, because the LGPL FFmpeg
 * build of javacv includes that encoder and no H.264 one. Every camera is online.
 */
public final class SimulatedCameraCapture implements CameraCapture {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int CLIP_FRAMES_PER_SECOND = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CameraHealthTracker health;
    private final Clock clock;
    private final Function<CameraSource, String> caption;

    /** @param caption returns the text to draw on each picture of a camera, for example the plate */
    public SimulatedCameraCapture(CameraHealthListener listener, Clock clock, Function<CameraSource, String> caption) {
        this.health = new CameraHealthTracker(listener, clock);
        this.clock = clock;
        this.caption = caption;
    }

    @Override
    public CameraSnapshot snapshot(CameraSource source, Duration deadline) throws CameraCaptureException {
        long startNanos = System.nanoTime();
        Instant now = clock.instant();
        try {
            byte[] jpeg = SnapshotGrab.encodeJpeg(draw(source, now));
            health.succeeded(source.id());
            return new CameraSnapshot(source.id(), jpeg, WIDTH, HEIGHT, true, now,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        } catch (IOException e) {
            throw failed(source, "encoding the simulated JPEG failed: " + e.getMessage());
        }
    }

    @Override
    public CameraClip clip(CameraSource source, Duration length, Duration deadline) throws CameraCaptureException {
        long startNanos = System.nanoTime();
        Instant startedAt = clock.instant();
        try {
            byte[] mp4 = encodeClip(source, startedAt, length);
            health.succeeded(source.id());
            return new CameraClip(source.id(), mp4, length, startedAt, Duration.ofNanos(System.nanoTime() - startNanos));
        } catch (IOException e) {
            throw failed(source, "encoding the simulated MP4 failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // Nothing runs in the background.
    }

    private byte[] encodeClip(CameraSource source, Instant startedAt, Duration length) throws IOException {
        Path file = Files.createTempFile("simulated-clip-", ".mp4");
        long frames = Math.max(1, length.toMillis() * CLIP_FRAMES_PER_SECOND / 1000);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(CLIP_FRAMES_PER_SECOND);
            recorder.setVideoQuality(5);
            recorder.start();
            for (long i = 0; i < frames; i++) {
                Instant at = startedAt.plusMillis(i * 1000 / CLIP_FRAMES_PER_SECOND);
                Frame frame = converter.convert(draw(source, at));
                recorder.record(frame);
            }
            recorder.stop();
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private BufferedImage draw(CameraSource source, Instant at) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(new Color(40, 60, 80));
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            // A bar that moves with the clock, so consecutive frames differ as a real camera's do.
            graphics.setColor(new Color(90, 120, 150));
            graphics.fillRect((int) (at.toEpochMilli() / 10 % WIDTH), HEIGHT - 40, 60, 20);
            graphics.setColor(Color.WHITE);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            graphics.drawString(source.id() + " (" + source.position() + ")", 24, 60);
            graphics.drawString(TIME.format(at.atZone(ZoneId.systemDefault())), 24, 110);
            String text = caption.apply(source);
            if (text != null && !text.isEmpty()) {
                graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
                graphics.drawString(text, 24, 200);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private CameraCaptureException failed(CameraSource source, String reason) {
        health.failed(source.id(), reason);
        return new CameraCaptureException(source.id(), reason);
    }
}
