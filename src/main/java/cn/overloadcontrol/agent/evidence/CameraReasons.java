package cn.overloadcontrol.agent.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the English failure reasons of the device module's captures into the short Chinese text
 * that the record's {@code missing} items and the heartbeat carry for the office's screens.
 */
final class CameraReasons {

    /** The platform stores at most this many characters of a reason. */
    static final int MAX_LENGTH = 200;
    private static final Pattern TIMED_OUT = Pattern.compile("timed out after (\\d+) ms while (.*)");
    /** The FFmpeg error code in javacv's message, such as {@code avformat_open_input() error -111: ...}. */
    private static final Pattern FFMPEG_ERROR = Pattern.compile("error (-\\d+)");
    /** FFmpeg's AVERROR_HTTP_UNAUTHORIZED, FFERRTAG(0xF8,'4','0','1') in libavutil/error.h. */
    private static final long HTTP_UNAUTHORIZED = -0x313034F8L;
    /** FFmpeg's AVERROR_HTTP_NOT_FOUND, FFERRTAG(0xF8,'4','0','4'). */
    private static final long HTTP_NOT_FOUND = -0x343034F8L;
    /** Linux errno values, which FFmpeg returns negated: ECONNREFUSED and ETIMEDOUT. */
    private static final long CONNECTION_REFUSED = -111;
    private static final long CONNECTION_TIMED_OUT = -110;

    private CameraReasons() {
    }

    static String chinese(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        Matcher timedOut = TIMED_OUT.matcher(reason);
        long code = ffmpegError(reason);
        String text;
        if (timedOut.matches()) {
            long seconds = Math.round(Long.parseLong(timedOut.group(1)) / 1000.0);
            text = phase(timedOut.group(2)) + "超时（" + seconds + " 秒）";
        } else if (code == HTTP_UNAUTHORIZED || lower.contains("401 unauthorized")) {
            text = "用户名或密码错误";
        } else if (code == CONNECTION_REFUSED || lower.contains("connection refused")) {
            text = "连接被拒绝";
        } else if (code == CONNECTION_TIMED_OUT || lower.contains("connection timed out")) {
            text = "连接超时";
        } else if (code == HTTP_NOT_FOUND) {
            text = "视频流地址不存在";
        } else if (lower.contains("could not open input")) {
            // javacv puts this phrase in every avformat_open_input() failure, so it is checked last.
            text = "无法打开视频流（连接超时或地址错误）";
        } else if (lower.contains("workers are busy")) {
            text = "采集任务排队已满";
        } else if (lower.contains("stream ended")) {
            text = "视频流中断";
        } else {
            text = "采集失败：" + reason;
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    /** Returns the FFmpeg error code in {@code reason}, or 0 when it names none. */
    private static long ffmpegError(String reason) {
        Matcher error = FFMPEG_ERROR.matcher(reason);
        return error.find() ? Long.parseLong(error.group(1)) : 0;
    }

    private static String phase(String phase) {
        return switch (phase) {
            case "connecting", "waiting for a worker" -> "连接";
            case "waiting for a key frame" -> "等待关键帧";
            case "recording", "writing MP4" -> "录像";
            default -> "采集";
        };
    }
}
