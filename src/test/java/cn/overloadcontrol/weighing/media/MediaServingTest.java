package cn.overloadcontrol.weighing.media;

import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /weighings/media/{sha256}: staff see media of records in their scope, others get 404. */
@IntegrationTest
class MediaServingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    TestData.StationWithKey station;
    byte[] png;
    String sha256;

    @BeforeEach
    void uploadPhoto() throws Exception {
        station = data.stationWithKey();
        String number = TestData.unique("SERVE-");
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(),
                SampleRecords.json(SampleRecords.sixAxle(number)))).andExpect(status().isCreated());
        png = MediaSamples.png();
        sha256 = MediaService.sha256(png);

        String path = "/api/v1/weighings/" + number + "/media";
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        mvc.perform(post(path).queryParam("kind", "SIDE").contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(png)
                        .header("X-Key-Id", station.keyId())
                        .header("X-Timestamp", timestamp)
                        .header("X-Nonce", nonce)
                        .header("X-Signature",
                                ApiSigner.signature(station.secret(), "POST", path, timestamp, nonce, png)))
                .andExpect(status().isCreated());
    }

    @Test
    void officeGetsTheBytesWithContentTypeAndCaching() throws Exception {
        mvc.perform(get("/weighings/media/" + sha256).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("ETag", "\"" + sha256 + "\""));
    }

    @Test
    void townStaffOfTheRecordsAreaSeeIt() throws Exception {
        mvc.perform(get("/weighings/media/" + sha256).with(TestPrincipal.town(station.areaId())))
                .andExpect(status().isOk());
    }

    @Test
    void townStaffOfAnotherTownGetNotFound() throws Exception {
        long otherArea = data.areas().stream().mapToLong(area -> area.id())
                .filter(id -> id != station.areaId()).findFirst().orElseThrow();
        mvc.perform(get("/weighings/media/" + sha256).with(TestPrincipal.town(otherArea)))
                .andExpect(status().isNotFound());
    }

    @Test
    void enterpriseOfAnotherUnitGetsNotFound() throws Exception {
        mvc.perform(get("/weighings/media/" + sha256).with(TestPrincipal.enterprise(station.unitId() + 100_000)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/weighings/media/" + sha256).with(TestPrincipal.enterprise(station.unitId())))
                .andExpect(status().isOk());
    }

    @Test
    void unknownOrMalformedHashIsNotFound() throws Exception {
        mvc.perform(get("/weighings/media/" + "f".repeat(64)).with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/weighings/media/..%2Fsecret.key").with(TestPrincipal.office()))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void anonymousUserIsSentToLogin() throws Exception {
        mvc.perform(get("/weighings/media/" + sha256)).andExpect(status().is3xxRedirection());
    }
}
