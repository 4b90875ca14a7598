package cn.overloadcontrol.weighing.media;

import java.util.Arrays;
import java.util.Map;

import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The record page shows each photo with its camera position and plays the clip. */
@IntegrationTest
class RecordMediaPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void photosNamePositionAndClipPlays() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("MEDIA-PAGE-"));
        long id = RecordSender.send(mvc, station, record);
        String number = (String) record.get("recordNumber");

        byte[] front = MediaSamples.jpeg();
        byte[] side = MediaSamples.withTail(MediaSamples.jpeg());
        upload(station, number, "FRONT", front).andExpect(status().isCreated());
        upload(station, number, "SIDE", side).andExpect(status().isCreated());
        byte[] clip = MediaSamples.mp4();
        upload(station, number, "CLIP", clip).andExpect(status().isCreated());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name("weighing/detail"))
                .andExpect(model().attribute("photos", hasSize(2)))
                .andExpect(model().attribute("clips", hasSize(1)))
                .andExpect(content().string(containsString(">车头相机</figcaption>")))
                .andExpect(content().string(containsString(">侧面相机</figcaption>")))
                .andExpect(content().string(containsString("src=\"/weighings/media/" + MediaService.sha256(front))))
                .andExpect(content().string(containsString("<video class=\"w-100 border\" controls")))
                .andExpect(content().string(containsString("type=\"video/mp4\"")));
        // The video player seeks with Range requests, so a clip is served in parts on request.
        mvc.perform(get("/weighings/media/{sha}", MediaService.sha256(clip)).header("Range", "bytes=0-7")
                        .with(TestPrincipal.office()))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-7/" + clip.length))
                .andExpect(content().bytes(Arrays.copyOf(clip, 8)));
    }

    private ResultActions upload(TestData.StationWithKey sender, String number, String kind, byte[] body)
            throws Exception {
        String path = "/api/v1/weighings/" + number + "/media";
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        return mvc.perform(post(path).queryParam("kind", kind).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(body)
                .header("X-Key-Id", sender.keyId())
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(sender.secret(), "POST", path, timestamp, nonce, body)));
    }
}
