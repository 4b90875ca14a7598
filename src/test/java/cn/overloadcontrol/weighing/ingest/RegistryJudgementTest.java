package cn.overloadcontrol.weighing.ingest;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.weighing.VehicleRegistration;
import cn.overloadcontrol.weighing.VehicleRegistry;
import cn.overloadcontrol.weighing.VehicleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record without registered masses is judged for 超载 with the registry's masses of its plate.
 * The record keeps what the station sent, so the station's chain still verifies.
 */
@IntegrationTest
class RegistryJudgementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VehicleRegistry registry;
    @Autowired
    ChainVerifier verifier;

    TestData.StationWithKey station;
    String registeredPlate;

    @BeforeEach
    void registerOneVehicle() {
        station = data.stationWithKey();
        registeredPlate = Plates.unique();
        registry.upsertAll(List.of(new VehicleRegistration(registeredPlate, 6, VehicleType.ARTICULATED, 40_000,
                25_000, null, null)), "测试");
    }

    @Test
    void registryMassesJudgeRecordWithoutMasses() throws Exception {
        long id = RecordSender.send(mvc, station, record(registeredPlate));

        Map<String, Object> row = row(id);
        assertThat(row.get("overload_verdict")).isEqualTo("OVERLOADED");
        assertThat(row.get("registered_mass_source")).isEqualTo("REGISTRY");
        assertThat(row.get("registered_total_mass_kg")).as("the record keeps what the station sent").isNull();
        assertThat(row.get("registry_total_mass_kg")).isEqualTo(40_000);
        assertThat(row.get("registry_load_kg")).isEqualTo(25_000);
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void recordMassesWinOverRegistry() throws Exception {
        Map<String, Object> record = record(registeredPlate);
        record.put("registeredTotalMassKg", 60_000);
        record.put("registeredLoadKg", 40_000);

        long id = RecordSender.send(mvc, station, record);

        Map<String, Object> row = row(id);
        assertThat(row.get("overload_verdict")).isEqualTo("NOT_OVERLOADED");
        assertThat(row.get("registered_mass_source")).isEqualTo("RECORD");
        assertThat(row.get("registry_total_mass_kg")).isNull();
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void unregisteredPlateIsNotJudgeable() throws Exception {
        long id = RecordSender.send(mvc, station, record(Plates.unique()));

        Map<String, Object> row = row(id);
        assertThat(row.get("overload_verdict")).isEqualTo("NOT_JUDGEABLE");
        assertThat(row.get("registered_mass_source")).isNull();
    }

    private static Map<String, Object> record(String plate) {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("REG-"));
        record.put("plateNumber", plate);
        record.remove("trailerPlateNumber");
        return record;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                select overload_verdict, registered_mass_source, registered_total_mass_kg, registry_total_mass_kg,
                       registry_load_kg
                from weighing_record where id = ?
                """, id);
    }
}
