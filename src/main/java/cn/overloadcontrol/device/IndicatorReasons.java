package cn.overloadcontrol.device;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the English reasons of an indicator link's state changes ({@link IndicatorHealth#reason()})
 * into Chinese for the office's and the operator's screens. The station sends the Chinese text in
 * its heartbeat, and the platform applies the same mapping to the English reasons that older
 * stations still send. A reason this class does not know is returned unchanged.
 */
public final class IndicatorReasons {

    private static final Pattern SILENCE = Pattern.compile("no valid frame for (\\d+) ms");

    private IndicatorReasons() {
    }

    /** Returns the Chinese text of {@code reason}, {@code reason} itself when it is unknown, or null for null. */
    public static String chinese(String reason) {
        if (reason == null) {
            return null;
        }
        Matcher silence = SILENCE.matcher(reason);
        if (silence.matches()) {
            long seconds = Math.round(Long.parseLong(silence.group(1)) / 1000.0);
            return seconds + " 秒内没有收到有效数据帧";
        }
        if (reason.startsWith("open failed: ")) {
            return "无法打开串口或网络连接：" + reason.substring("open failed: ".length());
        }
        if (reason.startsWith("read failed: ")) {
            return "读取数据失败：" + reason.substring("read failed: ".length());
        }
        return switch (reason) {
            case "valid frames arrive" -> "数据帧正常";
            case "opened, waiting for a valid frame" -> "已连接，等待有效数据帧";
            case "shutdown" -> "磅房程序已停止";
            default -> reason;
        };
    }
}
