package cn.overloadcontrol.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tools.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            晋E12345  | {"input":"晋E12345","normalized":"晋E12345","valid":true,"newEnergy":false,"trailer":false,"newEnergySize":null}
            晋E1234挂 | {"input":"晋E1234挂","normalized":"晋E1234挂","valid":true,"newEnergy":false,"trailer":true,"newEnergySize":null}
            晋E12345D | {"input":"晋E12345D","normalized":"晋E12345D","valid":true,"newEnergy":true,"trailer":false,"newEnergySize":"LARGE"}
            晋AD12345 | {"input":"晋AD12345","normalized":"晋AD12345","valid":true,"newEnergy":true,"trailer":false,"newEnergySize":"SMALL"}
            晋A·12345 | {"input":"晋A·12345","normalized":"晋A12345","valid":true,"newEnergy":false,"trailer":false,"newEnergySize":null}
            无车牌    | {"input":"无车牌","normalized":"无车牌","valid":false,"newEnergy":false,"trailer":false,"newEnergySize":null}
            晋E1234O  | {"input":"晋E1234O","normalized":"晋E1234O","valid":false,"newEnergy":false,"trailer":false,"newEnergySize":null}
            """)
    void printsOneJsonLine(String plate, String expected) {
        assertThat(run("plate", plate)).isZero();
        assertThat(output()).isEqualTo(expected);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void unquotedPartsFormOnePlate() {
        assertThat(run("plate", "晋a", "12345")).isZero();
        assertThat(output()).isEqualTo("{\"input\":\"晋a 12345\",\"normalized\":\"晋A12345\",\"valid\":true,"
                + "\"newEnergy\":false,\"trailer\":false,\"newEnergySize\":null}");
    }

    @Test
    void emptyTextIsNoReadablePlate() {
        assertThat(run("plate", "")).isZero();
        assertThat(output()).isEqualTo("{\"input\":\"\",\"normalized\":\"\",\"valid\":false,"
                + "\"newEnergy\":false,\"trailer\":false,\"newEnergySize\":null}");
    }

    @Test
    void missingTextIsUsageError() {
        assertThat(run("plate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: tools plate <text>");
        assertThat(output()).isEmpty();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("plate", "--help")).isZero();
        assertThat(output()).startsWith("Usage: tools plate <text>");
    }

    @Test
    void toolsHelpListsPlateAndLimit() {
        assertThat(run("--help")).isZero();
        assertThat(output()).contains("plate").contains("limit");
    }
}
