package cn.overloadcontrol.common.web;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The static files under their own path prefixes, and the links that pages build to them. */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void ownFilesAreServed() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void webjarsAreServedWithoutVersion() throws Exception {
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void pageLinksWebjarsWithVersion() throws Exception {
        mvc.perform(get("/weighings").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(
                        "(?s).*href=\"/webjars/bootstrap/[0-9][^/\"]*/dist/css/bootstrap\\.min\\.css\".*")))
                .andExpect(content().string(containsString("href=\"/css/app.css\"")))
                .andExpect(content().string(not(containsString("/webjars/bootstrap/dist/"))));
    }

    @Test
    void otherPathsAreNotStaticFiles() throws Exception {
        mvc.perform(get("/app.css").with(TestPrincipal.office())).andExpect(status().isNotFound());
        mvc.perform(get("/static/css/app.css").with(TestPrincipal.office())).andExpect(status().isNotFound());
    }
}
