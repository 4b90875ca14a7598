package cn.overloadcontrol.acceptance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The acceptance list, detail and rectification pages, and inspection photos. */
@IntegrationTest
class AcceptanceScreensTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AcceptanceService acceptances;

    @Test
    void listAndDetailShowTheAcceptance() throws Exception {
        long areaId = data.areas().get(0).id();
        long unitId = data.createUnit(areaId);
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三、李四", null));

        mvc.perform(get("/acceptances").param("unitId", Long.toString(unitId)).with(TestPrincipal.town(areaId)))
                .andExpect(view().name("acceptance/list"))
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("totalElements",
                        org.hamcrest.Matchers.is(1L))))
                .andExpect(content().string(containsString("张三、李四")));
        mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.office()))
                .andExpect(view().name("acceptance/detail"))
                .andExpect(content().string(containsString("id=\"evaluate\"")))
                .andExpect(content().string(containsString("地磅已安装并经检定合格")));
        mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.auditor()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"evaluate\""))));
        mvc.perform(get("/acceptances/rectifications").with(TestPrincipal.office()))
                .andExpect(view().name("acceptance/rectifications"));
        mvc.perform(get("/acceptances/new").param("unitId", Long.toString(unitId)).with(TestPrincipal.office()))
                .andExpect(view().name("acceptance/form"));
    }

    @Test
    void photoIsCheckedStoredAndServed() throws Exception {
        long unitId = data.createUnit(data.areas().get(0).id());
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三", null));
        long itemId = data.asOffice(() -> acceptances.view(id)).items().get(1).id();

        mvc.perform(multipart("/acceptances/{id}/items/{item}/photos", id, itemId)
                        .file(new MockMultipartFile("photo", "现场.jpg", "image/jpeg",
                                "GIF89a not a jpeg".getBytes(StandardCharsets.US_ASCII)))
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("照片“现场.jpg”：文件内容不是允许的格式，只能上传 jpg、png 文件")));

        byte[] jpeg = PreparedUnits.jpeg();
        mvc.perform(multipart("/acceptances/{id}/items/{item}/photos", id, itemId)
                        .file(new MockMultipartFile("photo", "现场.jpg", "image/jpeg", jpeg))
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attributeExists("success"));
        PhotoView photo = data.asOffice(() -> acceptances.view(id)).items().get(1).photos().get(0);
        assertThat(photo.fileName()).isEqualTo("现场.jpg");

        mvc.perform(get("/acceptances/{id}/photos/{photo}", id, photo.id()).with(TestPrincipal.enterprise(unitId)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(jpeg));
        mvc.perform(get("/acceptances/{id}/photos/{photo}", id, photo.id())
                        .with(TestPrincipal.enterprise(unitId + 100_000)))
                .andExpect(status().isNotFound());
    }
}
