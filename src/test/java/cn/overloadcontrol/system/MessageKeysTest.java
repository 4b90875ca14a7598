package cn.overloadcontrol.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.overloadcontrol.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every literal message key used by a template exists in messages_zh_CN.properties. */
class MessageKeysTest {

    /** {@code #{some.key}} or {@code #{some.key(args)}}; keys built with {@code ${...}} are skipped. */
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void templateKeysExist() throws IOException {
        Properties messages = loadMessages();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!messages.containsKey(matcher.group(1))) {
                        missing.add(template + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void roleNamesExist() throws IOException {
        Properties messages = loadMessages();
        for (Role role : Role.values()) {
            assertThat(messages).containsKey(role.messageKey());
        }
    }

    static Properties loadMessages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_zh_CN.properties"))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
