package cn.overloadcontrol.identity;

import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The navbar shows each role the screens its permissions open, and hides the others. */
@IntegrationTest
class NavigationTest {

    private static final List<String> SCREENS = List.of("/units", "/trainings", "/areas", "/dictionaries", "/users",
            "/audit");

    @Autowired
    MockMvc mockMvc;

    /** Each row: a role and the screens linked for it, separated by spaces. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SYSTEM_ADMIN        | /units /trainings /areas /dictionaries /users /audit
            OFFICE_STAFF        | /units /trainings /areas /dictionaries
            TOWN_STAFF          | /units /trainings
            ENFORCEMENT_OFFICER | /units /trainings
            INSTALLER           | /units
            ENTERPRISE_USER     | /units /trainings
            AUDITOR             | /units /trainings /users /audit
            """)
    void roleSeesItsLinks(Role role, String expected) throws Exception {
        String page = mockMvc.perform(get("/").with(TestPrincipal.as(role, scopeFor(role))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Set<String> linked = Set.of(expected.split(" "));
        for (String screen : SCREENS) {
            String link = "href=\"" + screen + "\"";
            if (linked.contains(screen)) {
                assertThat(page).as("%s sees %s", role, screen).contains(link);
            } else {
                assertThat(page).as("%s does not see %s", role, screen).doesNotContain(link);
            }
        }
        assertThat(page).as("user menu of %s", role).contains("href=\"/account/password\"").contains("退出登录");
        assertThat(page).contains("href=\"/public/units\"");
    }

    private static DataScope scopeFor(Role role) {
        return switch (role) {
            case TOWN_STAFF -> DataScope.areas(Set.of(1L));
            case ENTERPRISE_USER -> DataScope.unit(1L);
            default -> DataScope.ALL;
        };
    }
}
