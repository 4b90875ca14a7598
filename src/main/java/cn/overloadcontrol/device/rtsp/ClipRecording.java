package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Copies the camera's compressed video packets into an MP4 file without decoding them, starting at
 * the next key frame. H.264 and MJPEG streams both fit MP4, and copying costs almost no CPU.
 */
final class ClipRecording {

    private final RtspSession session;
    private final FFmpegFrameGrabber grabber;
    private final Duration length;
    private long firstTimestamp = avutil.AV_NOPTS_VALUE;
    // The grabber's packet read last and not yet recorded; the grabber reuses it on every read.
    private AVPacket pending;
    private Duration recorded = Duration.ZERO;

    private ClipRecording(RtspSession session, Duration length) {
        this.session = session;
        this.grabber = session.grabber();
        this.length = length;
    }

    static CameraClip run(RtspSession session, Duration length, long startNanos) throws IOException {
        return new ClipRecording(session, length).record(startNanos);
    }

    private CameraClip record(long startNanos) throws IOException {
        session.start(true);
        Path file = Files.createTempFile("camera-clip-", ".mp4");
        try {
            Instant startedAt;
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), grabber.getImageWidth(),
                    grabber.getImageHeight(), 0)) {
                recorder.setFormat("mp4");
                while (!session.step("waiting for a key frame", this::isKeyFrame)) {
                    // Packets before the first key frame cannot be decoded on their own.
                }
                startedAt = Instant.now();
                session.step("recording", () -> {
                    recorder.start(grabber.getFormatContext());
                    return null;
                });
                while (session.step("recording", () -> copyPacket(recorder))) {
                    // Each step copies one packet.
                }
                session.step("writing MP4", () -> {
                    recorder.stop();
                    return null;
                });
            }
            return new CameraClip(session.source().id(), Files.readAllBytes(file), recorded, startedAt,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads a packet and keeps it in the grabber when it is a video key frame. */
    private boolean isKeyFrame() throws IOException {
        AVPacket packet = grabber.grabPacket();
        if (packet == null) {
            throw new IOException("the stream ended before a key frame");
        }
        boolean key = packet.stream_index() == grabber.getVideoStream() && (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
        if (key) {
            firstTimestamp = timestamp(packet);
            pending = packet;
        } else {
            avcodec.av_packet_unref(packet);
        }
        return key;
    }

    /**
     * Records the packet in the grabber and reads the next one; returns false once the packets
     * span the clip length.
     */
    private boolean copyPacket(FFmpegFrameRecorder recorder) throws IOException {
        AVPacket packet = pending;
        if (packet.stream_index() == grabber.getVideoStream()) {
            double secondsPerTick = avutil.av_q2d(grabber.getFormatContext().streams(packet.stream_index()).time_base());
            // The first packet of an RTSP stream can come before the RTP clock is known and lack timestamps.
            long timestamp = timestamp(packet);
            if (firstTimestamp == avutil.AV_NOPTS_VALUE) {
                firstTimestamp = timestamp;
            }
            if (timestamp != avutil.AV_NOPTS_VALUE) {
                Duration span = Duration.ofNanos(Math.round((timestamp - firstTimestamp) * secondsPerTick * 1e9));
                if (span.compareTo(recorded) > 0) {
                    recorded = span;
                }
            }
            if (recorded.compareTo(length) >= 0) {
                avcodec.av_packet_unref(packet);
                return false;
            }
            // recordPacket rescales the timestamps in place and releases the packet.
            recorder.recordPacket(packet);
        }
        avcodec.av_packet_unref(packet);
        pending = grabber.grabPacket();
        if (pending == null) {
            throw new IOException("the stream ended after " + recorded.toMillis() + " ms of the clip");
        }
        return true;
    }

    private static long timestamp(AVPacket packet) {
        return packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : packet.dts();
    }
}
