package cn.overloadcontrol.sourceunit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import cn.overloadcontrol.common.excel.XlsxReadException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Message keys that the import builds in Java, which the template key check cannot see. */
class UnitImportMessagesTest {

    private static final List<String> PROBLEM_CODES = List.of("import.example_row",
            "import.credit_code.check_mismatch", "credit_code.duplicate_in_file", "credit_code.duplicate",
            "area.unknown", "area.inactive", "area.out_of_scope", "unit_type.unknown", "unit_type.inactive",
            "supervision_mode.unknown", "supervision_mode.inactive", "number.invalid", "number.out_of_range",
            "too_long");

    private static final List<String> FILE_KEYS = List.of("unit.import.file.missing", "unit.import.file.empty_sheet",
            "unit.import.file.no_data_rows", "unit.import.header.intro", "unit.import.header.missing",
            "unit.import.header.unexpected", "unit.import.header.duplicate", "unit.import.header.blank",
            "unit.import.committed", "unit.import.commit.rejected", "unit.import.commit.conflict",
            "unit.import.expired", "unit.import.audit.detail", "unit.import.audit.create_detail",
            "unit.import.template.fileName", "unit.import.template.sheet.data", "unit.import.template.sheet.values",
            "unit.import.template.dropDownError");

    @Test
    void everyReadFailureHasText() throws IOException {
        Properties messages = loadMessages();

        for (XlsxReadException.Reason reason : XlsxReadException.Reason.values()) {
            assertThat(messages).containsKey("excel.read." + reason.name());
        }
    }

    @Test
    void everyImportProblemHasText() throws IOException {
        Properties messages = loadMessages();

        for (String code : PROBLEM_CODES) {
            assertThat(messages).containsKey("problem." + code);
        }
    }

    @Test
    void everyImportMessageHasText() throws IOException {
        Properties messages = loadMessages();

        for (String key : FILE_KEYS) {
            assertThat(messages).containsKey(key);
        }
    }

    private static Properties loadMessages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_zh_CN.properties"))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
