package cn.overloadcontrol.device.rtsp;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether javacv's FFmpeg natives load on this machine. The natives ship in the FFmpeg jar,
 * but they link against system libraries that a machine with only a JDK may lack.
 */
public final class FfmpegNatives {

    private static volatile String failure;
    private static volatile boolean checked;

    private FfmpegNatives() {
    }

    /** Skips the calling test when the natives cannot load, except in CI. */
    public static void assumeLoadable() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(loadFailure() == null, FfmpegNatives::skipReason);
        }
    }

    /** Returns why the natives failed to load, or {@code null} when they loaded. */
    private static synchronized String loadFailure() {
        if (!checked) {
            try {
                FFmpegFrameGrabber.tryLoad();
            } catch (FFmpegFrameGrabber.Exception | LinkageError e) {
                failure = e.toString();
            }
            checked = true;
        }
        return failure;
    }

    private static String skipReason() {
        return "FFmpeg natives could not be loaded (" + failure + "): apt-get install "
                + RtspCameraCapture.SYSTEM_PACKAGES;
    }

    /** The condition behind {@link RequiresFfmpeg}. */
    static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (System.getenv("CI") != null || loadFailure() == null) {
                return ConditionEvaluationResult.enabled("FFmpeg natives load, or CI requires them");
            }
            return ConditionEvaluationResult.disabled(skipReason());
        }
    }
}
