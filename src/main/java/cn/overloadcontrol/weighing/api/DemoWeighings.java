package cn.overloadcontrol.weighing.api;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.station.DemoStationsReady;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.weighing.ingest.IngestionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps recent weighing records with a photo for the demo station whose unit is ready for
 * acceptance, so that the acceptance's automatic items have data within their test period.
 * On each demo start without a record of the last day it sends a dozen through the same path
 * as the signed API.
 */
@Component
@Profile("demo")
class DemoWeighings {

    private static final int RECORDS = 12;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** A minimal JPEG header; the platform checks photos by their first bytes only. */
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F',
            'I', 'F', 0x00, 'd', 'e', 'm', 'o'};
    private static final Logger log = LoggerFactory.getLogger(DemoWeighings.class);

    private final RecordJsonReader reader;
    private final RecordWithMedia ingestion;
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoWeighings(RecordJsonReader reader, RecordWithMedia ingestion, JdbcTemplate jdbc) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.jdbc = jdbc;
    }

    @EventListener
    void onDemoStations(DemoStationsReady event) {
        OffsetDateTime now = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
        Long recent = jdbc.queryForObject("select count(*) from weighing_record where station_id = ?"
                + " and weighed_at >= ?", Long.class, event.readyStationId(), now.minusDays(1));
        if (recent != null && recent > 0) {
            return;
        }
        StationPrincipal station = new StationPrincipal(event.readyStationId(), event.readyStationCode(), "demo");
        String day = now.format(DateTimeFormatter.BASIC_ISO_DATE);
        int stored = 0;
        for (int i = 0; i < RECORDS; i++) {
            byte[] body = json.writeValueAsBytes(record("DEMO-" + day + "-" + i, now.minusMinutes(50L + i * 110L), i));
            IngestionOutcome outcome = ingestion.ingest(station, reader.readRecord(body));
            if (outcome.status() == IngestionOutcome.Status.REJECTED) {
                log.warn("Demo profile: demo record {} rejected: {}", i, outcome.problems());
            } else {
                stored++;
            }
        }
        log.info("Demo profile: sent {} weighing records with photos for station {}", stored,
                event.readyStationCode());
    }

    private Map<String, Object> record(String number, OffsetDateTime weighedAt, int index) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordNumber", number);
        record.put("laneNo", 1);
        record.put("direction", "OUTBOUND");
        record.put("plateNumber", "晋E" + (52_100 + index));
        record.put("plateColorCode", "2");
        record.put("axleCount", 6);
        record.put("axleCountSource", "AXLE_DETECTOR");
        record.put("vehicleType", "ARTICULATED");
        record.put("grossKg", 46_000 + index * 150);
        record.put("tareKg", 15_000);
        record.put("netKg", 31_000 + index * 150);
        record.put("weighedAt", weighedAt.toString());
        record.put("cargoName", "原煤");
        record.put("cargoCategory", "煤");
        record.put("releaseDecision", "RELEASE");
        byte[] photo = (new String(PHOTO, StandardCharsets.ISO_8859_1) + number).getBytes(StandardCharsets.ISO_8859_1);
        record.put("media", List.of(Map.of("kind", "FRONT_PLATE", "content",
                Base64.getEncoder().encodeToString(photo))));
        return record;
    }
}
