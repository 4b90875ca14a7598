package cn.overloadcontrol.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The user management screens: list, create, edit, deactivate, reset, unlock, with their rules and audit rows. */
@IntegrationTest
class UserManagementTest {

    private static final Pattern ISSUED_PASSWORD = Pattern.compile("密码：([A-Za-z0-9]{16})");

    @Autowired
    MockMvc mockMvc;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService unitService;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(repository, passwordEncoder, jdbc);
    }

    // --- list ---

    @Test
    void listSearchesUsernameAndDisplayName() throws Exception {
        String marker = TestUsers.uniqueName("kw");
        AppUser byUsername = users.save(named(marker + "-a", "张三", Role.OFFICE_STAFF));
        AppUser byDisplayName = users.save(named(TestUsers.uniqueName("other"), "李四" + marker, Role.INSTALLER));
        users.create("unrelated", Role.OFFICE_STAFF);

        Page<UserSummary> page = listPage(get("/users").param("keyword", marker.toUpperCase()));

        assertThat(page.getContent()).extracting(UserSummary::id)
                .containsExactlyInAnyOrder(byUsername.getId(), byDisplayName.getId());
    }

    @Test
    void listFiltersByRoleAndStatus() throws Exception {
        String marker = TestUsers.uniqueName("flt");
        AppUser installer = users.save(named(marker + "-inst", "安装", Role.INSTALLER));
        AppUser auditor = users.save(named(marker + "-aud", "审计", Role.AUDITOR));
        AppUser disabledAuditor = named(marker + "-aud-off", "审计停用", Role.AUDITOR);
        disabledAuditor.setEnabled(false);
        users.save(disabledAuditor);

        Page<UserSummary> byRole = listPage(get("/users").param("keyword", marker).param("role", "AUDITOR"));
        Page<UserSummary> enabledOnly = listPage(get("/users").param("keyword", marker).param("role", "AUDITOR")
                .param("enabled", "true"));
        Page<UserSummary> disabledOnly = listPage(get("/users").param("keyword", marker).param("enabled", "false"));

        assertThat(byRole.getContent()).extracting(UserSummary::id)
                .containsExactlyInAnyOrder(auditor.getId(), disabledAuditor.getId());
        assertThat(enabledOnly.getContent()).extracting(UserSummary::id).containsExactly(auditor.getId());
        assertThat(disabledOnly.getContent()).extracting(UserSummary::id).containsExactly(disabledAuditor.getId());
        assertThat(byRole.getContent()).extracting(UserSummary::id).doesNotContain(installer.getId());
    }

    @Test
    void listPagesByTwenty() throws Exception {
        String marker = TestUsers.uniqueName("page");
        for (int i = 0; i < 21; i++) {
            users.save(named(marker + "-" + (100 + i), "分页" + i, Role.INSTALLER));
        }

        Page<UserSummary> first = listPage(get("/users").param("keyword", marker));
        Page<UserSummary> second = listPage(get("/users").param("keyword", marker).param("page", "1"));

        assertThat(first.getTotalElements()).isEqualTo(21);
        assertThat(first.getContent()).hasSize(20);
        assertThat(second.getContent()).hasSize(1);
        assertThat(second.getContent().get(0).username()).isEqualTo(marker + "-120");
    }

    @Test
    void listShowsLockAndScope() throws Exception {
        String marker = TestUsers.uniqueName("show");
        AreaView area = regions.activeAreas().get(1);
        AppUser town = named(marker, "乡镇用户", Role.TOWN_STAFF);
        town.setAreaIds(Set.of(area.id()));
        users.save(town);
        jdbc.update("update app_user set locked_until = now() + interval '5 minutes' where id = ?", town.getId());

        mockMvc.perform(get("/users").param("keyword", marker).with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.LIST_VIEW))
                .andExpect(content().string(containsString(area.name())))
                .andExpect(content().string(containsString("锁定至")))
                .andExpect(content().string(containsString("乡镇(街道)工作人员")));
    }

    @Test
    void auditorSeesListWithoutButtons() throws Exception {
        String marker = TestUsers.uniqueName("ro");
        users.save(named(marker, "只读可见", Role.OFFICE_STAFF));

        mockMvc.perform(get("/users").param("keyword", marker).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(not(containsString("/users/new"))))
                .andExpect(content().string(not(containsString("/deactivate"))))
                .andExpect(content().string(not(containsString("/reset-password"))));
    }

    @Test
    void auditorGets403OnEveryPost() throws Exception {
        AppUser target = users.create("ro-target", Role.OFFICE_STAFF);
        long id = target.getId();

        for (String path : List.of("/users", "/users/" + id, "/users/" + id + "/deactivate", "/users/" + id + "/activate",
                "/users/" + id + "/reset-password", "/users/" + id + "/unlock")) {
            mockMvc.perform(post(path).with(csrf()).with(TestPrincipal.auditor())
                            .param("displayName", "改名").param("roles", "SYSTEM_ADMIN"))
                    .andExpect(status().isForbidden());
        }
        for (String path : List.of("/users/new", "/users/" + id + "/edit", "/users/unit-options")) {
            mockMvc.perform(get(path).with(TestPrincipal.auditor()))
                    .andExpect(status().isForbidden());
        }

        AppUser unchanged = users.reload(id);
        assertThat(unchanged.getDisplayName()).isEqualTo(target.getDisplayName());
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getRoles()).containsExactly(Role.OFFICE_STAFF);
    }

    @Test
    void townUserCannotSeeUsers() throws Exception {
        mockMvc.perform(get("/users").with(TestPrincipal.town(regions.activeAreas().get(0).id())))
                .andExpect(status().isForbidden());
    }

    // --- create ---

    @Test
    void createStoresUserWithOneTimePassword() throws Exception {
        String username = TestUsers.uniqueName("new");
        AreaView area = regions.activeAreas().get(2);

        MvcResult result = mockMvc.perform(post("/users").with(csrf()).with(TestPrincipal.admin())
                        .param("username", "  " + username + " ")
                        .param("displayName", "王五")
                        .param("department", "米山镇政府")
                        .param("phone", "13912345678")
                        .param("roles", "TOWN_STAFF")
                        .param("areaIds", String.valueOf(area.id())))
                .andExpect(redirectedUrl("/users"))
                .andReturn();

        AppUser created = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("王五");
        assertThat(created.getDepartment()).isEqualTo("米山镇政府");
        assertThat(created.getPhone()).isEqualTo("13912345678");
        assertThat(created.getRoles()).containsExactly(Role.TOWN_STAFF);
        assertThat(created.getAreaIds()).containsExactly(area.id());
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.isEnabled()).isTrue();

        String message = (String) result.getFlashMap().get("success");
        assertThat(message).contains(username);
        String password = issuedPassword(message);
        assertThat(passwordEncoder.matches(password, created.getPasswordHash())).isTrue();

        List<Map<String, Object>> rows = users.auditRowsOf(created.getId(), "CREATE");
        assertThat(rows).hasSize(1);
        String changes = rows.get(0).get("changes").toString();
        assertThat(changes).contains(username).contains("TOWN_STAFF").contains("王五");
        assertThat(changes).doesNotContain(password);
    }

    @Test
    void createdUserMustChangePasswordAtFirstLogin() throws Exception {
        String username = TestUsers.uniqueName("first");
        MvcResult result = mockMvc.perform(createRequest(username, "OFFICE_STAFF"))
                .andExpect(redirectedUrl("/users"))
                .andReturn();
        String password = issuedPassword((String) result.getFlashMap().get("success"));

        MockHttpSession session = (MockHttpSession) mockMvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();

        mockMvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void createEnterpriseUserWithUnit() throws Exception {
        String unitName = TestUsers.uniqueName("企业单位");
        long unitId = TestUnits.create(unitService, regions, unitName);
        String username = TestUsers.uniqueName("ent");

        mockMvc.perform(createRequest(username, "ENTERPRISE_USER").param("unitId", String.valueOf(unitId)))
                .andExpect(redirectedUrl("/users"));

        AppUser created = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getUnitId()).isEqualTo(unitId);
        assertThat(UserAccount.scopeOf(created).unitId()).isEqualTo(unitId);
        mockMvc.perform(get("/users").param("keyword", username).with(TestPrincipal.admin()))
                .andExpect(content().string(containsString(unitName)));
    }

    @Test
    void otherRolesDropAreasAndUnit() throws Exception {
        long unitId = TestUnits.create(unitService, regions, TestUsers.uniqueName("无关单位"));
        String username = TestUsers.uniqueName("office");

        mockMvc.perform(createRequest(username, "OFFICE_STAFF")
                        .param("areaIds", String.valueOf(regions.activeAreas().get(0).id()))
                        .param("unitId", String.valueOf(unitId)))
                .andExpect(redirectedUrl("/users"));

        AppUser created = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getAreaIds()).isEmpty();
        assertThat(created.getUnitId()).isNull();
    }

    @Test
    void usernameIsUniqueIgnoringCase() throws Exception {
        AppUser existing = users.create("dup", Role.OFFICE_STAFF);

        mockMvc.perform(createRequest(existing.getUsername().toUpperCase(), "OFFICE_STAFF"))
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "problem.user.username_taken"))
                .andExpect(content().string(containsString("该用户名已被使用")));
    }

    /** Each row: roles, areas, unit, phone, the field with the error, the message key, the Chinese text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -               | -        | -        | -            | roles     | problem.user.roles_required  | 请至少选择一个角色
            TOWN_STAFF      | -        | -        | -            | areaIds   | problem.user.areas_required  | 乡镇(街道)工作人员须至少选择一个负责区域
            TOWN_STAFF      | 99999999 | -        | -            | areaIds   | problem.user.area_unknown    | 区域 99999999 不存在或已停用
            ENTERPRISE_USER | -        | -        | -            | unitId    | problem.user.unit_required   | 企业用户须选择所属单位
            ENTERPRISE_USER | -        | 99999999 | -            | unitId    | problem.user.unit_unknown    | 单位 99999999 不存在
            OFFICE_STAFF    | -        | -        | 12345        | phone     | problem.phone.invalid        | 电话号码格式不正确
            """)
    void createRulesNameTheField(String role, String areaId, String unitId, String phone, String field, String code,
            String text) throws Exception {
        String username = TestUsers.uniqueName("rule");
        MockHttpServletRequestBuilder request = post("/users").with(csrf()).with(TestPrincipal.admin())
                .param("username", username)
                .param("displayName", "规则测试");
        if (role != null) {
            request.param("roles", role);
        }
        if (areaId != null) {
            request.param("areaIds", areaId);
        }
        if (unitId != null) {
            request.param("unitId", unitId);
        }
        if (phone != null) {
            request.param("phone", phone);
        }

        mockMvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("userForm", field, code))
                .andExpect(content().string(containsString(text)));

        assertThat(repository.findByUsernameIgnoreCase(username)).isEmpty();
    }

    /** Each row: username, display name, the field with the error, the message key. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -           | 姓名 | username    | problem.required
            ab          | 姓名 | username    | problem.user.username_length
            张三丰      | 姓名 | username    | problem.user.username_chars
            has space   | 姓名 | username    | problem.user.username_chars
            valid-name1 | -    | displayName | problem.required
            """)
    void createChecksNames(String username, String displayName, String field, String code) throws Exception {
        MockHttpServletRequestBuilder request = post("/users").with(csrf()).with(TestPrincipal.admin())
                .param("roles", "OFFICE_STAFF");
        if (username != null) {
            request.param("username", username);
        }
        if (displayName != null) {
            request.param("displayName", displayName);
        }

        mockMvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", field, code));
    }

    @Test
    void newFormListsActiveAreasAndRoles() throws Exception {
        mockMvc.perform(get("/users/new").with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attribute("areas", regions.activeAreas()))
                .andExpect(content().string(containsString("企业用户")))
                .andExpect(content().string(containsString(regions.activeAreas().get(0).name())));
    }

    @Test
    void unitOptionsSearchByName() throws Exception {
        String unitName = TestUsers.uniqueName("选项单位");
        long unitId = TestUnits.create(unitService, regions, unitName);

        mockMvc.perform(get("/users/unit-options").param("unitKeyword", unitName).with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + unitId + "\"")))
                .andExpect(content().string(containsString(unitName)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    // --- edit ---

    @Test
    void editFormShowsStoredValues() throws Exception {
        String unitName = TestUsers.uniqueName("编辑单位");
        long unitId = TestUnits.create(unitService, regions, unitName);
        AppUser user = named(TestUsers.uniqueName("ent-edit"), "企业员工", Role.ENTERPRISE_USER);
        user.setUnitId(unitId);
        users.save(user);

        mockMvc.perform(get("/users/" + user.getId() + "/edit").with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("userId", user.getId()))
                .andExpect(content().string(containsString(user.getUsername())))
                .andExpect(content().string(containsString(unitName)));
    }

    @Test
    void editUnknownUserIs404() throws Exception {
        mockMvc.perform(get("/users/987654321/edit").with(TestPrincipal.admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void updateAuditsChangedFieldsOnly() throws Exception {
        AppUser user = users.create("edit", Role.INSTALLER);
        String username = user.getUsername();

        mockMvc.perform(post("/users/" + user.getId()).with(csrf()).with(TestPrincipal.admin())
                        .param("username", "renamed-user")
                        .param("displayName", "新名字")
                        .param("roles", "INSTALLER", "ENFORCEMENT_OFFICER"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "已保存用户 " + username + "。"));

        AppUser updated = users.reload(user.getId());
        assertThat(updated.getUsername()).isEqualTo(username);
        assertThat(updated.getDisplayName()).isEqualTo("新名字");
        assertThat(updated.getRoles()).containsExactlyInAnyOrder(Role.INSTALLER, Role.ENFORCEMENT_OFFICER);
        List<Map<String, Object>> rows = users.auditRowsOf(user.getId(), "UPDATE");
        assertThat(rows).hasSize(1);
        String changes = rows.get(0).get("changes").toString();
        assertThat(changes).contains("\"displayName\"").contains("新名字").contains(user.getDisplayName());
        assertThat(changes).contains("ENFORCEMENT_OFFICER,INSTALLER");
        assertThat(changes).doesNotContain("\"username\"").doesNotContain("\"phone\"");
    }

    @Test
    void updateWithErrorsShowsForm() throws Exception {
        AppUser user = users.create("edit-bad", Role.INSTALLER);

        mockMvc.perform(post("/users/" + user.getId()).with(csrf()).with(TestPrincipal.admin())
                        .param("displayName", "")
                        .param("roles", "TOWN_STAFF"))
                .andExpect(status().isOk())
                .andExpect(view().name(UserController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "displayName", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "areaIds", "problem.user.areas_required"));

        assertThat(users.reload(user.getId()).getRoles()).containsExactly(Role.INSTALLER);
        assertThat(users.auditRowsOf(user.getId(), "UPDATE")).isEmpty();
    }

    @Test
    void adminCannotDropOwnAdminRole() throws Exception {
        AppUser admin = users.create("self-admin", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(admin);

        mockMvc.perform(post("/users/" + admin.getId()).with(csrf()).session(session)
                        .param("displayName", "还是管理员")
                        .param("roles", "OFFICE_STAFF"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "roles", "problem.user.own_admin_role"));

        assertThat(users.reload(admin.getId()).getRoles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void adminEditingHimselfStaysLoggedIn() throws Exception {
        AppUser admin = users.create("self-edit", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(admin);
        String newName = "改名管理员" + admin.getId();

        mockMvc.perform(post("/users/" + admin.getId()).with(csrf()).session(session)
                        .param("displayName", newName)
                        .param("roles", "SYSTEM_ADMIN", "AUDITOR"))
                .andExpect(redirectedUrl("/users"));

        mockMvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(newName)));
    }

    @Test
    void roleChangeEndsTheUsersSessions() throws Exception {
        AppUser user = users.create("demoted", Role.OFFICE_STAFF);
        MockHttpSession session = login(user);

        mockMvc.perform(post("/users/" + user.getId()).with(csrf()).with(TestPrincipal.admin())
                        .param("displayName", user.getDisplayName())
                        .param("roles", "INSTALLER"))
                .andExpect(redirectedUrl("/users"));

        mockMvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void displayNameChangeKeepsTheUsersSessions() throws Exception {
        AppUser user = users.create("renamed", Role.OFFICE_STAFF);
        MockHttpSession session = login(user);

        mockMvc.perform(post("/users/" + user.getId()).with(csrf()).with(TestPrincipal.admin())
                        .param("displayName", "只改姓名")
                        .param("roles", "OFFICE_STAFF"))
                .andExpect(redirectedUrl("/users"));

        mockMvc.perform(get("/").session(session))
                .andExpect(status().isOk());
    }

    // --- deactivate, activate, reset, unlock ---

    @Test
    void deactivateAndActivateAreAudited() throws Exception {
        AppUser user = users.create("toggle", Role.OFFICE_STAFF);

        mockMvc.perform(post("/users/" + user.getId() + "/deactivate").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "已停用用户 " + user.getUsername() + "。"));
        assertThat(users.reload(user.getId()).isEnabled()).isFalse();

        mockMvc.perform(post("/users/" + user.getId() + "/activate").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"));
        assertThat(users.reload(user.getId()).isEnabled()).isTrue();

        List<Map<String, Object>> deactivations = users.auditRowsOf(user.getId(), "DEACTIVATE");
        assertThat(deactivations).hasSize(1);
        assertThat(deactivations.get(0).get("changes").toString())
                .contains("\"enabled\"").contains("\"before\": true").contains("\"after\": false");
        assertThat(users.auditRowsOf(user.getId(), "ACTIVATE")).hasSize(1);
    }

    @Test
    void adminCannotDeactivateHimself() throws Exception {
        AppUser admin = users.create("self", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(admin);

        mockMvc.perform(post("/users/" + admin.getId() + "/deactivate").with(csrf()).session(session))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("error", "不能停用自己的账号。"));

        assertThat(users.reload(admin.getId()).isEnabled()).isTrue();
        assertThat(users.auditRowsOf(admin.getId(), "DEACTIVATE")).isEmpty();
    }

    @Test
    void deactivationEndsTheUsersSessions() throws Exception {
        AppUser user = users.create("kicked", Role.OFFICE_STAFF);
        MockHttpSession session = login(user);
        mockMvc.perform(get("/").session(session)).andExpect(status().isOk());

        mockMvc.perform(post("/users/" + user.getId() + "/deactivate").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"));

        mockMvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/login?expired"));
        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void resetPasswordShowsItOnce() throws Exception {
        AppUser user = users.create("reset", Role.OFFICE_STAFF);

        MvcResult result = mockMvc.perform(post("/users/" + user.getId() + "/reset-password").with(csrf())
                        .with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"))
                .andReturn();

        String message = (String) result.getFlashMap().get("success");
        assertThat(message).contains(user.getUsername()).contains("只显示这一次");
        String password = issuedPassword(message);
        AppUser reset = users.reload(user.getId());
        assertThat(passwordEncoder.matches(password, reset.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, reset.getPasswordHash())).isFalse();
        assertThat(reset.isMustChangePassword()).isTrue();

        List<Map<String, Object>> rows = users.auditRowsOf(user.getId(), "PASSWORD_RESET");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "SUCCESS");
        assertThat(rows.get(0).get("changes").toString()).contains("mustChangePassword").doesNotContain(password);

        MockHttpSession session = (MockHttpSession) mockMvc.perform(
                        formLogin().user(user.getUsername()).password(password))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
        mockMvc.perform(get("/users").session(session))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void adminCannotResetOwnPassword() throws Exception {
        AppUser admin = users.create("self-reset", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(admin);

        mockMvc.perform(post("/users/" + admin.getId() + "/reset-password").with(csrf()).session(session))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("error", containsString("不能在用户管理中重置自己的密码")));

        AppUser unchanged = users.reload(admin.getId());
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, unchanged.getPasswordHash())).isTrue();
        assertThat(unchanged.isMustChangePassword()).isFalse();
        assertThat(users.auditRowsOf(admin.getId(), "PASSWORD_RESET")).isEmpty();
    }

    @Test
    void resetEndsTheUsersSessions() throws Exception {
        AppUser user = users.create("reset-kick", Role.OFFICE_STAFF);
        MockHttpSession session = login(user);

        mockMvc.perform(post("/users/" + user.getId() + "/reset-password").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"));

        mockMvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void unlockEndsTheLockout() throws Exception {
        AppUser user = users.create("unlock", Role.OFFICE_STAFF);
        jdbc.update("update app_user set locked_until = now() + interval '10 minutes', failed_login_count = 3 "
                + "where id = ?", user.getId());

        mockMvc.perform(post("/users/" + user.getId() + "/unlock").with(csrf()).with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "已解锁用户 " + user.getUsername() + "。"));

        AppUser unlocked = users.reload(user.getId());
        assertThat(unlocked.getLockedUntil()).isNull();
        assertThat(unlocked.getFailedLoginCount()).isZero();
        List<Map<String, Object>> rows = users.auditRowsOf(user.getId(), "ACCOUNT_UNLOCKED");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("changes").toString()).contains("lockedUntil");
        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void actionsOnUnknownUserAre404() throws Exception {
        for (String action : List.of("deactivate", "activate", "reset-password", "unlock")) {
            mockMvc.perform(post("/users/987654321/" + action).with(csrf()).with(TestPrincipal.admin()))
                    .andExpect(status().isNotFound());
        }
    }

    // --- helpers ---

    private MockHttpServletRequestBuilder createRequest(String username, String role) {
        return post("/users").with(csrf()).with(TestPrincipal.admin())
                .param("username", username)
                .param("displayName", "新用户")
                .param("roles", role);
    }

    @SuppressWarnings("unchecked")
    private Page<UserSummary> listPage(MockHttpServletRequestBuilder request) throws Exception {
        return (Page<UserSummary>) mockMvc.perform(request.with(TestPrincipal.admin()))
                .andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("users");
    }

    private MockHttpSession login(AppUser user) throws Exception {
        return (MockHttpSession) mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }

    private AppUser named(String username, String displayName, Role role) {
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(TestUsers.PASSWORD), Set.of(role));
        user.changePassword(user.getPasswordHash(), false, java.time.OffsetDateTime.now());
        return user;
    }

    private static String issuedPassword(String message) {
        Matcher matcher = ISSUED_PASSWORD.matcher(message);
        assertThat(matcher.find()).as("password in %s", message).isTrue();
        return matcher.group(1);
    }
}
