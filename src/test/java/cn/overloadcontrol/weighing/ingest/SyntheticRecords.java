package cn.overloadcontrol.weighing.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Weighing record bodies for the ingestion benchmark, drawn from distributions close to what a
 * coal county's source units send. Axle counts lean to 6 (most coal leaves in six-axle
 * articulated combinations), gross masses scatter around the legal limit of the axle count so
 * that about one record in seven is 超限, and weighing times follow a daytime peak. A fixed seed
 * makes every run send the same records.
 */
final class SyntheticRecords {

    /** Axle counts and their shares in percent. */
    private static final int[][] AXLE_SHARES = {{2, 8}, {3, 7}, {4, 8}, {5, 10}, {6, 67}};
    /** Total mass limits in kg by axle count for combinations (62号令 art. 3 table); trucks differ below. */
    private static final Map<Integer, Integer> COMBINATION_LIMIT_KG = Map.of(3, 27_000, 4, 36_000, 5, 43_000,
            6, 49_000);
    private static final Map<Integer, Integer> TRUCK_LIMIT_KG = Map.of(2, 18_000, 3, 25_000, 4, 31_000);
    /** Relative weight of each hour of the day (China time): loading runs from early morning to late evening. */
    private static final int[] HOUR_WEIGHTS = {2, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 7, 8, 9, 10, 10, 9, 8, 7, 6, 5,
            4, 3};
    /** Letters of an ordinary plate's serial: digits and capitals without I and O (GA 36). */
    private static final String PLATE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String[][] CARGO = {{"原煤", "煤"}, {"洗精煤", "煤"}, {"焦炭", "焦炭"}, {"石子", "砂石"},
            {"水泥", "水泥"}};
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final SplittableRandom random;
    private final OffsetDateTime now;

    SyntheticRecords(long seed) {
        this.random = new SplittableRandom(seed);
        this.now = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Returns one record body, weighed within the last 24 hours. */
    Map<String, Object> next(String recordNumber) {
        int axles = axleCount();
        boolean combination = axles >= 5 || (axles >= 3 && random.nextInt(100) < 40);
        int limitKg = combination ? COMBINATION_LIMIT_KG.get(axles) : TRUCK_LIMIT_KG.get(axles);
        int grossKg = grossKg(limitKg);
        int tareKg = 4_500 + axles * 2_200 + random.nextInt(1_500);
        boolean overLimit = grossKg > limitKg;

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordNumber", recordNumber);
        record.put("laneNo", 1 + random.nextInt(2));
        record.put("direction", "OUTBOUND");
        record.put("plateNumber", plate());
        record.put("plateColorCode", "2");
        record.put("plateType", "01");
        if (combination) {
            record.put("trailerPlateNumber", plate().substring(0, 6) + "挂");
        }
        record.put("axleCount", axles);
        record.put("axleCountSource", "AXLE_DETECTOR");
        record.put("vehicleType", vehicleType(combination, axles));
        record.put("grossKg", grossKg);
        record.put("tareKg", tareKg);
        record.put("netKg", grossKg - tareKg);
        record.put("weighedAt", weighedAt().toString());
        String[] cargo = CARGO[random.nextInt(CARGO.length)];
        record.put("cargoName", cargo[0]);
        record.put("cargoCategory", cargo[1]);
        record.put("loadingBillNumber", "ZZ" + (100_000_000 + random.nextInt(900_000_000)));
        record.put("driverName", "司机" + random.nextInt(1_000));
        record.put("driverIdNumber", "140581" + (1970 + random.nextInt(35)) + "0101" + (1000 + random.nextInt(9000)));
        record.put("driverPhone", "138" + (10_000_000 + random.nextInt(90_000_000)));
        record.put("releaseDecision", releaseDecision(overLimit));
        record.put("operatorName", "过磅员" + random.nextInt(20));
        return record;
    }

    private int axleCount() {
        int draw = random.nextInt(100);
        for (int[] share : AXLE_SHARES) {
            draw -= share[1];
            if (draw < 0) {
                return share[0];
            }
        }
        return 6;
    }

    /** Normal around 93% of the limit with a 6% spread: about 12% end up over it. */
    private int grossKg(int limitKg) {
        double gross = limitKg * (0.93 + 0.06 * gaussian());
        return (int) Math.round(Math.max(gross, limitKg * 0.4) / 20) * 20;
    }

    private static String vehicleType(boolean combination, int axles) {
        if (!combination) {
            return "TRUCK";
        }
        return axles >= 4 ? "ARTICULATED" : "CENTER_AXLE";
    }

    /** Picks the release decision: nearly every over-limit truck is held, one in twenty is released illegally. */
    private String releaseDecision(boolean overLimit) {
        if (!overLimit) {
            return "RELEASE";
        }
        int draw = random.nextInt(20);
        if (draw == 0) {
            return "RELEASE";
        }
        return draw < 12 ? "UNLOAD_AND_REWEIGH" : "HOLD";
    }

    private String plate() {
        StringBuilder plate = new StringBuilder("晋E");
        for (int i = 0; i < 5; i++) {
            plate.append(PLATE_CHARACTERS.charAt(random.nextInt(PLATE_CHARACTERS.length())));
        }
        return plate.toString();
    }

    private OffsetDateTime weighedAt() {
        int total = 0;
        for (int weight : HOUR_WEIGHTS) {
            total += weight;
        }
        int draw = random.nextInt(total);
        int hour = 0;
        while (draw >= HOUR_WEIGHTS[hour]) {
            draw -= HOUR_WEIGHTS[hour];
            hour++;
        }
        OffsetDateTime day = now.truncatedTo(ChronoUnit.DAYS).withHour(hour).plusSeconds(random.nextInt(3_600));
        return day.isBefore(now) ? day : day.minusDays(1);
    }

    private double gaussian() {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
