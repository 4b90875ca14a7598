package cn.overloadcontrol.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tools.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onbonVendorExample() {
        int exit = run("led", "--protocol", "onbon-bx5k", "--text", "欢迎光临", "--width", "128", "--height", "32");

        assertThat(exit).isZero();
        assertThat(output()).isEqualTo("{\"hex\":\"A5 A5 A5 A5 A5 A5 A5 A5 FE FF 00 80 00 00 00 00 00 00 FE 02 2C 00"
                + " A3 06 01 00 00 00 01 23 00 00 00 80 00 00 80 80 20 00 00 00 00 0A 00 00 00 00 02 01 01 00 02 0A"
                + " 08 00 00 00 BB B6 D3 AD B9 E2 C1 D9 3C 49 5A\",\"replaced\":[]}" + System.lineSeparator());
        assertThat(errors()).isEmpty();
    }

    @Test
    void onbonDefaultsTo128By32() {
        run("led", "--protocol", "onbon-bx5k", "--text", "欢迎光临");

        assertThat(output()).contains("3C 49 5A\"");
    }

    @Test
    void rs485VoiceExample() {
        int exit = run("led", "--protocol", "rs485-board", "--voice", "欢迎光临");

        assertThat(exit).isZero();
        assertThat(output().strip())
                .isEqualTo("{\"hex\":\"00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58\",\"replaced\":[]}");
    }

    @Test
    void rs485LinesWithReplacedCharacters() {
        int exit = run("led", "--protocol", "rs485-board", "--text", "张𠀀", "--text", "停😀车");

        assertThat(exit).isZero();
        assertThat(output()).startsWith("{\"hex\":\"00 64 FF FF 6E ")
                .endsWith("\",\"replaced\":[\"𠀀\",\"😀\"]}" + System.lineSeparator());
        assertThat(output()).contains("D5 C5 A1 F5").contains("CD A3 A1 F5 B3 B5");
    }

    @Test
    void unknownProtocolIsJsonError() {
        int exit = run("led", "--protocol", "bx-9", "--text", "A");

        assertThat(exit).isEqualTo(2);
        assertThat(output()).isEmpty();
        assertThat(errors().strip()).isEqualTo(
                "{\"error\":\"invalid --protocol 'bx-9': expected one of onbon-bx5k, rs485-board\"}");
    }

    @Test
    void missingTextIsJsonError() {
        int exit = run("led", "--protocol", "onbon-bx5k");

        assertThat(exit).isEqualTo(2);
        assertThat(errors().strip()).isEqualTo("{\"error\":\"missing --text: give one --text per board line\"}");
    }

    @Test
    void invalidWidthIsJsonError() {
        int exit = run("led", "--protocol", "onbon-bx5k", "--text", "A", "--width", "wide");

        assertThat(exit).isEqualTo(2);
        assertThat(errors().strip())
                .isEqualTo("{\"error\":\"invalid --width 'wide': expected a whole number of pixels\"}");
    }

    @Test
    void widthOutOfRangeIsJsonError() {
        int exit = run("led", "--protocol", "onbon-bx5k", "--text", "A", "--width", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(errors().strip()).isEqualTo("{\"error\":\"screen width 0 must be 1 to 32767 pixels\"}");
    }

    @Test
    void textTooLongForBoardIsJsonError() {
        int exit = run("led", "--protocol", "rs485-board", "--text", "晋".repeat(65));

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("text needs 5 rows of at most 32 GBK bytes");
    }

    @Test
    void optionWithoutValueIsJsonError() {
        int exit = run("led", "--protocol");

        assertThat(exit).isEqualTo(2);
        assertThat(errors().strip()).isEqualTo("{\"error\":\"option --protocol needs a value\"}");
    }

    @Test
    void helpListsProtocolsAndOptions() {
        int exit = run("led", "--help");

        assertThat(exit).isZero();
        assertThat(output()).contains("onbon-bx5k", "rs485-board", "--width W", "--voice TEXT");
    }

    @Test
    void toolsHelpListsLed() {
        run("--help");

        assertThat(output()).contains("  led ");
    }
}
