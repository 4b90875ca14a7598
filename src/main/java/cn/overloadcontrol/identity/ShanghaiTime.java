package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants as the screens and the audit log show them: China Standard Time, to the second. */
final class ShanghaiTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ShanghaiTime() {
    }

    static String format(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).format(FORMAT);
    }
}
