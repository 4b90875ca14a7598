package cn.overloadcontrol.device.rtsp;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's own log output to SLF4J instead of stderr, with the user information of every
 * URL masked, because FFmpeg prints the input URL in some of its messages.
 */
final class FfmpegLog extends LogCallback {

    private static final Logger log = LoggerFactory.getLogger("cn.overloadcontrol.device.rtsp.ffmpeg");

    // FFmpeg keeps only the native pointer: the Java object must stay reachable.
    private static FfmpegLog installed;

    private FfmpegLog() {
    }

    /** Installs the callback once per JVM and drops FFmpeg messages below errors. */
    static synchronized void install() {
        if (installed != null) {
            return;
        }
        installed = new FfmpegLog();
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        avutil.setLogCallback(installed);
    }

    @Override
    public void call(int level, BytePointer message) {
        if (level > avutil.AV_LOG_ERROR) {
            return;
        }
        String text = CredentialMask.maskUserInfo(message.getString().strip());
        if (!text.isEmpty()) {
            log.warn("FFmpeg: {}", text);
        }
    }
}
