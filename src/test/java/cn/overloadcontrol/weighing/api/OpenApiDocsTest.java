package cn.overloadcontrol.weighing.api;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI description and Swagger UI: for logged-in users, served from the jar. */
@IntegrationTest
class OpenApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describesIngestionEndpointsAndErrorCodes() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/weighings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/weighings/batch'].post").exists())
                .andExpect(jsonPath("$.paths['/stations']").doesNotExist())
                .andExpect(jsonPath("$.info.description").value(containsString("signature_invalid")))
                .andExpect(jsonPath("$.info.description").value(containsString("record_conflict")))
                .andExpect(jsonPath("$.components.schemas.WeighingRecordRequest").exists());
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void swaggerUiComesFromTheJar() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")))
                .andExpect(content().string(not(containsString("https://"))));
        mvc.perform(get("/swagger-ui/swagger-ui-bundle.js").with(TestPrincipal.auditor()))
                .andExpect(status().isOk());
    }
}
