package cn.overloadcontrol.weighing.api;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IngestionMetricsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    MeterRegistry registry;

    @Test
    void singleRecordOutcomesCounted() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("M-"));
        double created = count("created");
        double duplicates = count("duplicate");
        double errors = count("error");
        long timed = registry.get("weighing.ingestion.duration").timer().count();

        RecordSender.send(mvc, station, record);
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), SampleRecords.json(record)))
                .andExpect(status().isOk());
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), "{not json"))
                .andExpect(status().isBadRequest());

        assertThat(count("created")).isEqualTo(created + 1);
        assertThat(count("duplicate")).isEqualTo(duplicates + 1);
        assertThat(count("error")).isEqualTo(errors + 1);
        assertThat(registry.get("weighing.ingestion.duration").timer().count()).isEqualTo(timed + 2);
    }

    @Test
    void singleRecordSkipsHttpObservation() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("M-")));
        mvc.perform(signedPost("/api/v1/weighings/batch", station.keyId(), station.secret(),
                SampleRecords.json(Map.of("records", List.of(SampleRecords.sixAxle(TestData.unique("M-")))))))
                .andExpect(status().isOk());

        assertThat(registry.find("http.server.requests").tag("uri", "/api/v1/weighings").timer()).isNull();
        assertThat(registry.find("http.server.requests").tag("uri", "/api/v1/weighings/batch").timer())
                .as("other endpoints keep the observation").isNotNull();
    }

    private double count(String outcome) {
        return registry.get("weighing.ingestion.records").tag("outcome", outcome).counter().count();
    }
}
