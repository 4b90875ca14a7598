package cn.overloadcontrol.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Weighing record bodies for API tests, as maps that a test can change before sending. */
public final class SampleRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleRecords() {
    }

    /** Returns the confirmed case: a six-axle articulated combination weighing 52,400 kg, one minute ago. */
    public static Map<String, Object> sixAxle(String recordNumber) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordNumber", recordNumber);
        record.put("laneNo", 1);
        record.put("direction", "OUTBOUND");
        record.put("plateNumber", "晋E12345");
        record.put("plateColorCode", "2");
        record.put("plateType", "01");
        record.put("trailerPlateNumber", "晋E1234挂");
        record.put("axleCount", 6);
        record.put("axleCountSource", "AXLE_DETECTOR");
        record.put("vehicleType", "ARTICULATED");
        record.put("grossKg", 52_400);
        record.put("tareKg", 15_400);
        record.put("netKg", 37_000);
        record.put("weighedAt", minutesAgo(1));
        record.put("cargoName", "原煤");
        record.put("cargoCategory", "煤");
        record.put("driverName", "张三");
        record.put("driverIdNumber", "140581199001011234");
        record.put("driverPhone", "13812345678");
        record.put("releaseDecision", "HOLD");
        record.put("operatorName", "李四");
        return record;
    }

    public static String minutesAgo(long minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
