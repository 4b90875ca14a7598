package cn.overloadcontrol.weighing.media;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The optional {@code media} array of a record: checked like uploads, stored with the record or not at all. */
@IntegrationTest
class InlineMediaApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MediaStorage storage;

    TestData.StationWithKey station;
    String number;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
        number = TestData.unique("INLINE-");
    }

    private ResultActions send(Map<String, Object> record) throws Exception {
        return mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(),
                SampleRecords.json(record)));
    }

    private static Map<String, Object> withMedia(Map<String, Object> record, Object... kindAndContent) {
        List<Map<String, String>> media = new java.util.ArrayList<>();
        for (int index = 0; index < kindAndContent.length; index += 2) {
            Object content = kindAndContent[index + 1];
            String text = content instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes)
                    : (String) content;
            media.add(Map.of("kind", (String) kindAndContent[index], "content", text));
        }
        record.put("media", media);
        return record;
    }

    private int links(long recordId) {
        Integer count = jdbc.queryForObject("select count(*) from weighing_media where record_id = ?", Integer.class,
                recordId);
        return count == null ? 0 : count;
    }

    private int recordsStored() {
        Integer count = jdbc.queryForObject(
                "select count(*) from weighing_record_key where station_id = ? and record_number = ?", Integer.class,
                station.stationId(), number);
        return count == null ? 0 : count;
    }

    @Test
    void recordWithPhotoAndClipStoresBoth() throws Exception {
        byte[] jpeg = MediaSamples.jpeg();
        byte[] mp4 = MediaSamples.mp4();
        String body = send(withMedia(SampleRecords.sixAxle(number), "FRONT_PLATE", jpeg, "CLIP", mp4))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long recordId = JSON.readTree(body).get("id").asLong();

        assertThat(links(recordId)).isEqualTo(2);
        assertThat(storage.exists(MediaService.sha256(jpeg))).isTrue();
        assertThat(storage.exists(MediaService.sha256(mp4))).isTrue();
    }

    @Test
    void textAsPhotoRejectsTheRecord() throws Exception {
        byte[] text = MediaSamples.text();
        send(withMedia(SampleRecords.sixAxle(number), "CARGO", MediaSamples.png(), "FRONT_PLATE", text))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.problems[0].field").value("media[1].content"))
                .andExpect(jsonPath("$.problems[0].code").value("media.type_invalid"));

        assertThat(recordsStored()).isZero();
        assertThat(storage.exists(MediaService.sha256(text))).isFalse();
    }

    @Test
    void badBase64AndUnknownKindAreFieldProblems() throws Exception {
        send(withMedia(SampleRecords.sixAxle(number), "SIDE", "not base64!", "SELFIE", MediaSamples.jpeg()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("media[0].content"))
                .andExpect(jsonPath("$.problems[0].code").value("media.base64_invalid"))
                .andExpect(jsonPath("$.problems[1].field").value("media[1].kind"))
                .andExpect(jsonPath("$.problems[1].code").value("media.kind_invalid"));
        assertThat(recordsStored()).isZero();
    }

    @Test
    void unknownFieldInMediaIsRejected() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(number);
        record.put("media", List.of(Map.of("kind", "SIDE", "content", "AAAA", "name", "x.jpg")));
        send(record).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("media[0].name"))
                .andExpect(jsonPath("$.problems[0].code").value("json.unknown_field"));
    }

    @Test
    void resendWithSameMediaIsDuplicate() throws Exception {
        byte[] jpeg = MediaSamples.jpeg();
        Map<String, Object> record = withMedia(SampleRecords.sixAxle(number), "REAR_PLATE", jpeg);
        String body = send(record).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long recordId = JSON.readTree(body).get("id").asLong();

        send(record).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
        record.remove("media");
        send(record).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
        assertThat(links(recordId)).isEqualTo(1);
    }
}
