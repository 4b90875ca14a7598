package cn.overloadcontrol.agent.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.overloadcontrol.agent.StationApplication;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The station's local page: login, live state, entering a passage's record, pairing form. */
@SpringBootTest(classes = StationApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles({StationApplication.PROFILE, "test"})
class StationPageTest {

    private static final Path DATA_DIR = createDataDir();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("station.data-dir", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PassageDesk desk;
    @Autowired
    Journal journal;

    @Test
    void pageRequiresLogin() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name(StationPageController.LOGIN_VIEW));
    }

    @Test
    void loginPageStylesAreServed() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void operatorPasswordIsGeneratedOnce() throws IOException {
        Path passwordFile = DATA_DIR.resolve(OperatorAccount.PASSWORD_FILE);
        Path hashFile = DATA_DIR.resolve(OperatorAccount.HASH_FILE);

        assertThat(Files.readString(passwordFile)).startsWith("operator ");
        assertThat(Files.readString(hashFile)).startsWith("$2");
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void homeShowsPendingPassage() throws Exception {
        long sequence = desk.recordPassage(passage("49280"));

        mvc.perform(get("/").with(user(OperatorAccount.USERNAME)))
                .andExpect(status().isOk())
                .andExpect(view().name(StationPageController.HOME_VIEW))
                .andExpect(model().attributeExists("forwarding", "records", "boards"))
                .andExpect(result -> assertThat(result.getModelAndView().getModel().get("pending").toString())
                        .contains("sequence=" + sequence));
        mvc.perform(get("/live").with(user(OperatorAccount.USERNAME)))
                .andExpect(status().isOk())
                .andExpect(view().name(StationPageController.LIVE_FRAGMENT));
    }

    @Test
    void recordTakesWeightFromPassage() throws Exception {
        long sequence = desk.recordPassage(passage("52400.4"));

        mvc.perform(post("/passages/{s}", sequence).with(user(OperatorAccount.USERNAME)).with(csrf())
                        .param("plateNumber", "晋E12345")
                        .param("axleCount", "6")
                        .param("vehicleType", "ARTICULATED")
                        .param("cargoName", "煤")
                        .param("releaseDecision", "RELEASE")
                        .param("grossKg", "1000"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeExists("success"));

        JournalEntry record = journal.after(sequence, entry -> entry.type() == EntryType.RECORD, 1).get(0);
        assertThat(record.data().path("passageSequence").asLong()).isEqualTo(sequence);
        assertThat(record.data().path("request").path("grossKg").asLong()).isEqualTo(52400);
        assertThat(record.data().path("request").path("plateNumber").asString()).isEqualTo("晋E12345");
        assertThat(record.data().path("request").path("axleCountSource").asString()).isEqualTo("OPERATOR");
        assertThat(desk.pending()).noneMatch(passage -> passage.sequence() == sequence);
    }

    @Test
    void recordWithoutDecisionShowsFieldErrors() throws Exception {
        long sequence = desk.recordPassage(passage("30000"));

        mvc.perform(post("/passages/{s}", sequence).with(user(OperatorAccount.USERNAME)).with(csrf())
                        .param("plateNumber", "")
                        .param("axleCount", "13")
                        .param("releaseDecision", ""))
                .andExpect(status().isOk())
                .andExpect(view().name(StationPageController.PASSAGE_VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "plateNumber", "axleCount", "releaseDecision"));
        assertThat(desk.pending()).anyMatch(passage -> passage.sequence() == sequence);
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        long sequence = desk.recordPassage(passage("30000"));

        mvc.perform(post("/passages/{s}/dismiss", sequence).with(user(OperatorAccount.USERNAME)))
                .andExpect(status().isForbidden());
        assertThat(desk.pending()).anyMatch(passage -> passage.sequence() == sequence);
    }

    @Test
    void dismissedPassageLeavesPendingList() throws Exception {
        long sequence = desk.recordPassage(passage("800"));

        mvc.perform(post("/passages/{s}/dismiss", sequence).with(user(OperatorAccount.USERNAME)).with(csrf())
                        .param("reason", "空车试磅"))
                .andExpect(redirectedUrl("/"));

        assertThat(desk.pending()).noneMatch(passage -> passage.sequence() == sequence);
        List<JournalEntry> dismissed = journal.after(sequence, entry -> entry.type() == EntryType.DISMISSED, 1);
        assertThat(dismissed.get(0).text("reason")).isEqualTo("空车试磅");
    }

    @Test
    void pairingWithInvalidAddressShowsFieldError() throws Exception {
        mvc.perform(post("/pairing").with(user(OperatorAccount.USERNAME)).with(csrf())
                        .param("platformUrl", "ftp://example")
                        .param("code", "2345-6789-ABCD"))
                .andExpect(status().isOk())
                .andExpect(view().name(PairingPageController.PAIRING_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "platformUrl", "agent.pairing.urlInvalid"));
    }

    @Test
    void pairingWithUnreachablePlatformShowsFieldError() throws Exception {
        // Port 9 (discard) on loopback has no listener on the build machines, so the connection is refused.
        mvc.perform(post("/pairing").with(user(OperatorAccount.USERNAME)).with(csrf())
                        .param("platformUrl", "http://127.0.0.1:9")
                        .param("code", "2345-6789-ABCD"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "agent.pairing.failed.unreachable"));
    }

    @Test
    void pairingPageShowsForm() throws Exception {
        mvc.perform(get("/pairing").with(user(OperatorAccount.USERNAME)))
                .andExpect(status().isOk())
                .andExpect(view().name(PairingPageController.PAIRING_VIEW))
                .andExpect(model().attributeExists("form"));
    }

    private static PassageFacts passage(String weightKg) {
        Instant stable = Instant.now();
        return new PassageFacts(UUID.randomUUID(), stable.minusSeconds(20), stable, stable.plusSeconds(15),
                new BigDecimal(weightKg), false, null, JSON.createArrayNode(), JSON.createArrayNode());
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("station-page-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
