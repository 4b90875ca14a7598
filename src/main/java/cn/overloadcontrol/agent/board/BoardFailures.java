package cn.overloadcontrol.agent.board;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import cn.overloadcontrol.device.LedException;

/** Chinese reasons for a board that did not show a message, for the office's screens. */
final class BoardFailures {

    private BoardFailures() {
    }

    /** Returns the reason for {@code failure}, at most a short sentence. */
    static String reason(Exception failure) {
        if (failure instanceof LedException led) {
            return switch (led.reason()) {
                case BUSY -> "显示屏忙（NACK 3）";
                case FONT_MISSING -> "显示屏缺少 GBK 字库（NACK 12）";
                case CRC_REJECTED -> "显示屏多次报告校验错误（NACK 5）";
                case REJECTED -> "显示屏拒收该消息";
                case NO_REPLY -> "显示屏无应答";
                case CONNECTION_FAILED -> connectionReason(led.getCause());
            };
        }
        if (failure instanceof IllegalArgumentException) {
            return "文字超出显示屏容量或无法编码";
        }
        return "显示失败（" + failure.getClass().getSimpleName() + "）";
    }

    private static String connectionReason(Throwable cause) {
        if (cause instanceof ConnectException) {
            return "连接被拒绝";
        }
        if (cause instanceof SocketTimeoutException) {
            return "连接超时";
        }
        if (cause instanceof UnknownHostException) {
            return "地址无法解析";
        }
        if (cause instanceof NoRouteToHostException) {
            return "网络不可达";
        }
        return "连接失败";
    }
}
