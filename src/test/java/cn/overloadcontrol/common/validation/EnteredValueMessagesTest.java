package cn.overloadcontrol.common.validation;

import java.util.Locale;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every field error on a form also shows the value the user entered, except secrets. */
@IntegrationTest
class EnteredValueMessagesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void formShowsEnteredValue() throws Exception {
        String body = mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", "1405810000001").param("name", "数值检查区" + System.nanoTime())
                        .param("kind", "OTHER").param("sortOrder", "-1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("填写的是“-1”").contains("1405810000001");
    }

    @Test
    void typeMismatchShowsWhatWasTyped() {
        FieldError error = new FieldError("form", "sortOrder", "abc", true,
                new String[] {"typeMismatch"}, null, "typeMismatch");

        assertThat(messages.getMessage(error, CHINESE)).contains("填写的是“abc”");
    }

    @Test
    void digitInsideRuleStillShowsValue() {
        FieldError error = new FieldError("form", "divisionKg", "0", false,
                new String[] {"problem.number.out_of_range"}, new Object[] {1, 1000}, null);

        assertThat(messages.getMessage(error, CHINESE)).contains("填写的是“0”");
    }

    @Test
    void nonexistentDateIsNotCalledMalformed() {
        FieldError error = new FieldError("form", "scheduledOn", "2026-02-30", true,
                new String[] {"typeMismatch.form.scheduledOn", "typeMismatch.java.time.LocalDate", "typeMismatch"},
                null, null);

        String message = messages.getMessage(error, CHINESE);

        assertThat(message).contains("该日期不存在");
        assertThat(message).doesNotContain("格式应为");
        assertThat(message).contains("填写的是“2026-02-30”");
    }

    @Test
    void secretsAreNeverEchoed() {
        FieldError error = new FieldError("form", "newPassword", "hunter2hunter2", false,
                new String[] {"problem.required"}, null, "problem.required");

        assertThat(messages.getMessage(error, CHINESE)).doesNotContain("hunter2");
    }

    @Test
    void passwordInsideAnAddressIsMasked() {
        FieldError error = new FieldError("form", "address", "rtsp://admin:secret@10.0.0.5/cam", false,
                new String[] {"problem.required"}, null, "problem.required");

        String message = messages.getMessage(error, CHINESE);
        assertThat(message).contains("rtsp://***@10.0.0.5/cam");
        assertThat(message).doesNotContain("secret");
    }

    @Test
    void messageThatQuotesTheValueIsLeftAlone() {
        FieldError error = new FieldError("form", "code", "140581101", false,
                new String[] {"problem.area.code_duplicate"}, new Object[] {"140581101", "米山镇"}, null);

        String message = messages.getMessage(error, CHINESE);
        assertThat(message).contains("140581101").doesNotContain("填写的是");
    }

    @Test
    void longValuesAreShortened() {
        String longValue = "长".repeat(100);
        FieldError error = new FieldError("form", "name", longValue, false,
                new String[] {"problem.too_long"}, new Object[] {64}, "problem.too_long");

        assertThat(messages.getMessage(error, CHINESE)).contains("长".repeat(40) + "…")
                .doesNotContain("长".repeat(41));
    }
}
