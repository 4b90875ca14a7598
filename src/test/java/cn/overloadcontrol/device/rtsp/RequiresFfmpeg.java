package cn.overloadcontrol.device.rtsp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that loads javacv's FFmpeg natives. On a machine where they
 * cannot load, because system libraries such as PulseAudio's are missing, the test is skipped
 * with the packages to install. In CI ({@code CI} set) it runs anyway and fails with the cause.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FfmpegNatives.Condition.class)
public @interface RequiresFfmpeg {
}
