package cn.overloadcontrol.weighing.media;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/weighings/{recordNumber}/media: what is accepted, where it is stored, and resends. */
@IntegrationTest
class MediaUploadApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MediaProperties properties;

    TestData.StationWithKey station;
    String recordNumber;
    long recordId;

    @BeforeEach
    void createRecord() throws Exception {
        station = data.stationWithKey();
        recordNumber = TestData.unique("MEDIA-");
        recordId = storeRecord(station, recordNumber);
    }

    private long storeRecord(TestData.StationWithKey owner, String number) throws Exception {
        String body = mvc.perform(signedPost("/api/v1/weighings", owner.keyId(), owner.secret(),
                        SampleRecords.json(SampleRecords.sixAxle(number))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    /** Signs the raw bytes as a vendor would; the declared content type plays no part. */
    private ResultActions upload(TestData.StationWithKey sender, String number, String kind, byte[] body,
            MediaType declared) throws Exception {
        String path = "/api/v1/weighings/" + number + "/media";
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        return mvc.perform(post(path).queryParam("kind", kind).contentType(declared).content(body)
                .header("X-Key-Id", sender.keyId())
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(sender.secret(), "POST", path, timestamp, nonce, body)));
    }

    private ResultActions upload(String kind, byte[] body) throws Exception {
        return upload(station, recordNumber, kind, body, MediaType.APPLICATION_OCTET_STREAM);
    }

    private int linkCount() {
        Integer count = jdbc.queryForObject("select count(*) from weighing_media where record_id = ?", Integer.class,
                recordId);
        return count == null ? 0 : count;
    }

    private Path stored(byte[] content) {
        String sha256 = MediaService.sha256(content);
        return properties.dir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Test
    void jpegPhotoIsStoredByHashAndLinked() throws Exception {
        byte[] jpeg = MediaSamples.jpeg();
        upload("FRONT_PLATE", jpeg)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordId").value(recordId))
                .andExpect(jsonPath("$.kind").value("FRONT_PLATE"))
                .andExpect(jsonPath("$.sha256").value(MediaService.sha256(jpeg)))
                .andExpect(jsonPath("$.sizeBytes").value(jpeg.length))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.duplicate").value(false));

        assertThat(stored(jpeg)).exists().hasBinaryContent(jpeg);
        assertThat(linkCount()).isEqualTo(1);
    }

    @Test
    void pngPhotoAndMp4ClipAreAccepted() throws Exception {
        upload("cargo", MediaSamples.png()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CARGO"))
                .andExpect(jsonPath("$.contentType").value("image/png"));
        upload("CLIP", MediaSamples.mp4()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("video/mp4"));
        assertThat(linkCount()).isEqualTo(2);
    }

    @Test
    void textNamedJpegIsRejectedAndNothingStored() throws Exception {
        byte[] text = MediaSamples.text();
        upload(station, recordNumber, "FRONT_PLATE", text, MediaType.IMAGE_JPEG)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("media_type_invalid"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("FRONT_PLATE")));

        assertThat(stored(text)).doesNotExist();
        assertThat(linkCount()).isZero();
    }

    @Test
    void gifTruncatedJpegAndPhotoAsClipAreRejected() throws Exception {
        upload("SIDE", MediaSamples.gif()).andExpect(jsonPath("$.code").value("media_type_invalid"));
        upload("SIDE", MediaSamples.truncatedJpeg()).andExpect(jsonPath("$.code").value("media_type_invalid"));
        upload("CLIP", MediaSamples.jpeg()).andExpect(jsonPath("$.code").value("media_type_invalid"));
        upload("TOP", MediaSamples.mp4()).andExpect(jsonPath("$.code").value("media_type_invalid"));
        assertThat(linkCount()).isZero();
    }

    @Test
    void photoOverTheLimitIsRejected() throws Exception {
        byte[] big = new byte[(int) properties.maxPhotoBytes() + 1];
        System.arraycopy(MediaSamples.jpeg(), 0, big, 0, 20);
        upload("REAR_PLATE", big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("media_too_large"));
        assertThat(stored(big)).doesNotExist();
        assertThat(linkCount()).isZero();
    }

    @Test
    void unknownKindIsRejected() throws Exception {
        upload("SELFIE", MediaSamples.jpeg())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("media_kind_invalid"));
    }

    @Test
    void sameBytesForSameRecordAndKindReturnFirstResult() throws Exception {
        byte[] jpeg = MediaSamples.jpeg();
        String first = upload("FRONT_PLATE", jpeg).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long firstId = JSON.readTree(first).get("id").asLong();

        upload("FRONT_PLATE", jpeg)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(firstId))
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(linkCount()).isEqualTo(1);
    }

    @Test
    void sameBytesForTwoRecordsAreStoredOnce() throws Exception {
        byte[] jpeg = MediaSamples.jpeg();
        String otherNumber = TestData.unique("MEDIA-");
        storeRecord(station, otherNumber);

        upload("CARGO", jpeg).andExpect(status().isCreated());
        upload(station, otherNumber, "CARGO", jpeg, MediaType.APPLICATION_OCTET_STREAM)
                .andExpect(status().isCreated());

        Integer links = jdbc.queryForObject("select count(*) from weighing_media where sha256 = ?", Integer.class,
                MediaService.sha256(jpeg));
        assertThat(links).isEqualTo(2);
        try (var files = Files.list(stored(jpeg).getParent())) {
            assertThat(files.filter(path -> path.getFileName().toString().startsWith(MediaService.sha256(jpeg))))
                    .containsExactly(stored(jpeg));
        }
    }

    @Test
    void mediaForAnotherStationsRecordIsNotFound() throws Exception {
        TestData.StationWithKey other = data.stationWithKey();
        upload(other, recordNumber, "FRONT_PLATE", MediaSamples.jpeg(), MediaType.APPLICATION_OCTET_STREAM)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("record_not_found"));
        assertThat(linkCount()).isZero();
    }

    @Test
    void unsignedUploadIsRefused() throws Exception {
        mvc.perform(post("/api/v1/weighings/" + recordNumber + "/media").queryParam("kind", "TOP")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(MediaSamples.jpeg()))
                .andExpect(status().isUnauthorized());
        assertThat(linkCount()).isZero();
    }
}
