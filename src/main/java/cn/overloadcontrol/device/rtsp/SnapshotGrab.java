package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraSnapshot;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Grabs decoded frames until a key frame arrives and encodes it as JPEG. */
final class SnapshotGrab {

    // At 25 frames per second this is 10 s of stream, longer than any sane key-frame interval.
    private static final int MAX_FRAMES = 250;
    private static final float JPEG_QUALITY = 0.85f;

    private SnapshotGrab() {
    }

    static CameraSnapshot run(RtspSession session, long startNanos) throws IOException {
        session.start(false);
        try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
            for (int i = 0; i < MAX_FRAMES; i++) {
                CameraSnapshot snapshot = session.step("waiting for a key frame", () -> {
                    Frame frame = session.grabber().grabImage();
                    if (frame == null) {
                        throw new IOException("the stream ended before a key frame");
                    }
                    if (!frame.keyFrame || frame.image == null) {
                        return null;
                    }
                    // The frame's pixels belong to the grabber, so they are converted inside the step.
                    BufferedImage image = converter.convert(frame);
                    return new CameraSnapshot(session.source().id(), encodeJpeg(image), image.getWidth(),
                            image.getHeight(), true, Instant.now(), Duration.ofNanos(System.nanoTime() - startNanos));
                });
                if (snapshot != null) {
                    return snapshot;
                }
            }
        }
        throw new IOException("no key frame in the first " + MAX_FRAMES + " frames");
    }

    static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
