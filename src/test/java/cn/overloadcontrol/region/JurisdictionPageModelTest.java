package cn.overloadcontrol.region;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JurisdictionPageModelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JurisdictionProperties jurisdiction;

    @Test
    void pagesShowJurisdiction() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("jurisdiction", jurisdiction))
                .andExpect(content().string(containsString(jurisdiction.name() + " ")));
        mvc.perform(get("/public/units"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(jurisdiction.name())));
    }
}
