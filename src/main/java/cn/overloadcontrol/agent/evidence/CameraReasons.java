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

    private CameraReasons() {
    }

    static String chinese(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        Matcher timedOut = TIMED_OUT.matcher(reason);
        String text;
        if (timedOut.matches()) {
            long seconds = Math.round(Long.parseLong(timedOut.group(1)) / 1000.0);
            text = phase(timedOut.group(2)) + "超时（" + seconds + " 秒）";
        } else if (lower.contains("could not open input")) {
            // FFmpeg reports its socket timeout while connecting this way, without the word timeout.
            text = "无法打开视频流（连接超时或地址错误）";
        } else if (lower.contains("connection refused")) {
            text = "连接被拒绝";
        } else if (lower.contains("401") || lower.contains("unauthorized")) {
            text = "用户名或密码错误";
        } else if (lower.contains("workers are busy")) {
            text = "采集任务排队已满";
        } else if (lower.contains("stream ended")) {
            text = "视频流中断";
        } else {
            text = "采集失败：" + reason;
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
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
