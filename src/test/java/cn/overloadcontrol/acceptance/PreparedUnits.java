package cn.overloadcontrol.acceptance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.overloadcontrol.station.DeviceInventory;
import cn.overloadcontrol.station.InventoryTestData;
import cn.overloadcontrol.station.StationInstallations;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Units prepared for acceptance tests: one whose inventory and records satisfy every automatic
 * check that has data, and one with neither inventory nor photos.
 */
@Component
public class PreparedUnits {

    @Autowired
    TestData data;
    @Autowired
    DeviceInventory devices;
    @Autowired
    StationInstallations installations;

    /** A unit with a verified scale, filed plan and maintenance, and two records with photos. */
    public TestData.StationWithKey ready(MockMvc mvc) throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        LocalDate expiresOn = LocalDate.now(ZoneOffset.ofHours(8)).plusYears(1);
        data.asOffice(() -> devices.add(station.stationId(), InventoryTestData.scale("1", expiresOn)));
        data.asOffice(() -> installations.save(station.stationId(), InventoryTestData.maintained(), 0));
        data.asOffice(() -> installations.uploadEmergencyPlan(station.stationId(), "应急处置预案.pdf", pdf()));
        for (int i = 0; i < 2; i++) {
            RecordSender.send(mvc, station, withPhoto(RecordSender.record(Plates.unique(), 30_000, "RELEASE")));
        }
        return station;
    }

    /** A unit with a station but no inventory, and one record without photos. */
    public TestData.StationWithKey bare(MockMvc mvc) throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        RecordSender.send(mvc, station, RecordSender.record(Plates.unique(), 30_000, "RELEASE"));
        return station;
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n" + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    /** A JPEG header with a unique tail, enough for the content check. */
    public static byte[] jpeg() {
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00};
        byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[head.length + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        return content;
    }

    private static Map<String, Object> withPhoto(Map<String, Object> record) {
        record.put("media", List.of(Map.of("kind", "FRONT_PLATE",
                "content", Base64.getEncoder().encodeToString(jpeg()))));
        return record;
    }
}
