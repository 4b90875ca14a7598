package cn.overloadcontrol.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecodeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tools.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void yaohuaA9ExamplesWithNoiseAndBadChecksum() {
        int exit = run("decode", "--protocol", "yaohua-a9", "--hex",
                "02 2B 30 30 32 30 30 30 32 31 42 03 022b303031353630303139 03 FF"
                        + " 02 2B 30 30 33 32 36 30 30 31 43 03 02 2B 30 30 32 30 30 30 32 31 41 03");

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly(
                "{\"weight\":20.00,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"ok\"}",
                "{\"weight\":1560,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"ok\"}",
                "{\"rejected\":\"noise\",\"bytes\":\"FF\"}",
                "{\"weight\":3260,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"ok\"}",
                "{\"rejected\":\"bad_checksum\",\"bytes\":\"02 2B 30 30 32 30 30 30 32 31 41 03\"}");
    }

    @Test
    void toledoExamples() {
        int exit = run("decode", "--protocol", "toledo", "--hex",
                "02 31 30 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 6A");
        run("decode", "--protocol", "toledo", "--hex",
                "02 31 30 20 20 20 20 20 20 30 20 20 20 20 20 30 0D");

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly(
                "{\"weight\":25360,\"unit\":\"kg\",\"stable\":true,\"overload\":false,\"checksum\":\"ok\"}",
                "{\"weight\":0,\"unit\":\"kg\",\"stable\":true,\"overload\":false,\"checksum\":\"none\"}");
    }

    @Test
    void toledoOptionsChangeDecoding() {
        int exit = run("decode", "--protocol", "toledo", "--motion-bit", "stable-when-set", "--checksum", "off",
                "--unit=t", "--hex", "02 31 30 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 6A");

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly(
                "{\"weight\":25360,\"unit\":\"t\",\"stable\":false,\"overload\":false,\"checksum\":\"none\"}",
                "{\"rejected\":\"noise\",\"bytes\":\"6A\"}");
    }

    @Test
    void overloadIsRejectedNeverAWeight() {
        run("decode", "--protocol", "toledo", "--hex", "02 31 34 20 20 20 32 35 33 36 20 20 20 20 20 30 0D 0C");

        assertThat(lines()).containsExactly(
                "{\"rejected\":\"overload\",\"bytes\":\"02 31 34 20 20 20 32 35 33 36 20 20 20 20 20 30 0D 0C\"}");
    }

    @Test
    void yaohuaA12ExampleAndOverRange() {
        run("decode", "--protocol", "yaohua-a12", "--hex",
                "57 47 30 30 34 2E 31 33 39 6B 67 33 44 0D 0A 57472020204F4C20206B6733460D0A");

        assertThat(lines()).containsExactly(
                "{\"weight\":4.139,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"ok\"}",
                "{\"rejected\":\"over_range\",\"bytes\":\"57 47 20 20 20 4F 4C 20 20 6B 67 33 46 0D 0A\"}");
    }

    @Test
    void reversedFormatOption() {
        run("decode", "--protocol", "yaohua-reversed", "--hex", "3D 30 30 30 2E 33 30 30 30");
        run("decode", "--protocol", "yaohua-reversed", "--reversed-format", "2", "--hex", "3D 30 30 30 33 2E 30 30 30");

        assertThat(lines()).containsExactly(
                "{\"weight\":3.000,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"none\"}",
                "{\"weight\":3.000,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"none\"}");
    }

    @Test
    void pollReply() {
        run("decode", "--protocol", "yaohua-a9-poll", "--hex", "02 41 42 2B 30 30 31 35 36 30 30 31 41 03");

        assertThat(lines()).containsExactly(
                "{\"weight\":1560,\"unit\":\"kg\",\"stable\":null,\"overload\":false,\"checksum\":\"ok\"}");
    }

    @Test
    void regexDefaultAndCustomPattern() {
        // "ST,GS,+0012.345kg\r\n" and "US,NT,-0001.500kg\r\n"
        run("decode", "--protocol", "regex", "--hex",
                "53542C47532C2B303031322E3334356B670D0A 55532C4E542C2D303030312E3530306B670D0A");
        // "W=12.5\n" read with a custom pattern and unit t
        run("decode", "--protocol", "regex", "--pattern", "W=(?<weight>[-0-9.]+)$", "--unit", "t",
                "--hex", "57 3D 31 32 2E 35 0A");

        assertThat(lines()).containsExactly(
                "{\"weight\":12.345,\"unit\":\"kg\",\"stable\":true,\"overload\":false,\"checksum\":\"none\"}",
                "{\"weight\":-1.500,\"unit\":\"kg\",\"stable\":false,\"overload\":false,\"checksum\":\"none\"}",
                "{\"weight\":12.5,\"unit\":\"t\",\"stable\":null,\"overload\":false,\"checksum\":\"none\"}");
    }

    @Test
    void unfinishedFrameReportedAsIncomplete() {
        run("decode", "--protocol", "yaohua-a9", "--hex", "02 2B 30");

        assertThat(lines()).containsExactly("{\"rejected\":\"incomplete\",\"bytes\":\"02 2B 30\"}");
    }

    @Test
    void badHexIsUsageError() {
        int exit = run("decode", "--protocol", "yaohua-a9", "--hex", "02 2B 3X");

        assertThat(exit).isEqualTo(2);
        assertThat(lines()).isEmpty();
        assertThat(errors()).contains("--hex: invalid hex: 'X' at position 8 is not a hex digit");
    }

    @Test
    void oddHexDigitCountIsUsageError() {
        int exit = run("decode", "--protocol", "yaohua-a9", "--hex", "02 2B 3");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--hex: invalid hex: 5 hex digits, expected pairs of two digits per byte");
    }

    @Test
    void unknownProtocolIsUsageError() {
        int exit = run("decode", "--protocol", "keli", "--hex", "02");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("unknown protocol 'keli'; expected one of yaohua-a9, yaohua-a9-poll,"
                + " yaohua-reversed, yaohua-a12, toledo, regex");
    }

    @Test
    void invalidOptionIsUsageError() {
        int exit = run("decode", "--protocol", "toledo", "--motion-bit", "sideways", "--hex", "02");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains(
                "invalid option motion-bit=sideways: expected one of motion-when-set, stable-when-set");
    }

    @Test
    void missingHexIsUsageError() {
        int exit = run("decode", "--protocol", "toledo");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--protocol and --hex are required");
    }

    @Test
    void optionWithoutValueIsUsageError() {
        int exit = run("decode", "--protocol", "toledo", "--hex");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("option --hex needs a value");
    }

    @Test
    void helpListsProtocolsAndOptions() {
        int exit = run("decode", "--help");

        assertThat(exit).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("yaohua-a9", "yaohua-a9-poll", "yaohua-reversed", "yaohua-a12", "toledo", "regex");
        assertThat(help).contains("--unit", "--address", "--reversed-format", "--negative-sign", "--checksum",
                "--motion-bit", "--decimal-map", "--pattern");
    }

    @Test
    void toolsHelpListsDecode() {
        run("--help");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("decode");
    }
}
