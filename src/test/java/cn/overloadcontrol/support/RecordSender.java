package cn.overloadcontrol.support;

import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Posts records through the signed API, as a station does, and returns the stored ids. */
public final class RecordSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordSender() {
    }

    public static long send(MockMvc mvc, TestData.StationWithKey station, Map<String, Object> record)
            throws Exception {
        String body = mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(),
                SampleRecords.json(record))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    /** The sample six-axle record with a plate of its own and the given gross weight and release decision. */
    public static Map<String, Object> record(String plate, int grossKg, String release) {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("REC-"));
        record.put("plateNumber", plate);
        record.remove("trailerPlateNumber");
        record.put("grossKg", grossKg);
        record.remove("tareKg");
        record.remove("netKg");
        record.put("releaseDecision", release);
        return record;
    }
}
