package cn.overloadcontrol.common.validation;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void longValueIsCutLikeOnForms() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("field.notes", CHINESE, "检查说明");
        messages.addMessage("problem.too_long", CHINESE, "长度不能超过 {0} 个字符");
        String value = "长".repeat(2000);

        String text = ProblemMessages.text(List.of(FieldProblem.error("notes", value, "too_long", 1000)),
                messages, CHINESE);

        assertThat(text).isEqualTo("检查说明“" + "长".repeat(40) + "…”：长度不能超过 1,000 个字符");
    }

    @Test
    void shortValueIsShownWhole() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("field.notes", CHINESE, "检查说明");
        messages.addMessage("problem.required", CHINESE, "不能为空");

        String text = ProblemMessages.text(List.of(FieldProblem.error("notes", "短", "required")), messages, CHINESE);

        assertThat(text).isEqualTo("检查说明“短”：不能为空");
    }
}
