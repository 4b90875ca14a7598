package cn.overloadcontrol.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LimitCommandTest {

    private static final String AT = "2024-06-01T08:00:00+08:00";
    private static final String BASIS_6 = "六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("limit"));
        all.addAll(List.of(args));
        return Tools.standard().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void confirmedCaseIsOverLimit() {
        int exit = run("--axles", "6", "--vehicle-type", "articulated", "--gross", "52400", "--at", AT);

        assertThat(exit).isZero();
        assertThat(output()).isEqualTo("{\"limitKg\":49000,\"basis\":\"" + BASIS_6 + "\",\"excessKg\":3400,"
                + "\"excessRate\":6.94,\"verdict\":\"OVER_LIMIT\",\"overload\":\"NOT_JUDGEABLE\","
                + "\"ruleId\":\"6-axle-combination\",\"tableVersion\":\"2016-09-21\"}");
        assertThat(errors()).isEmpty();
    }

    @Test
    void withoutGrossOnlyLimit() {
        int exit = run("--axles", "6", "--at", AT);

        assertThat(exit).isZero();
        assertThat(output()).isEqualTo("{\"limitKg\":49000,\"basis\":\"" + BASIS_6 + "\",\"excessKg\":null,"
                + "\"excessRate\":null,\"verdict\":null,\"overload\":null,"
                + "\"ruleId\":\"6-axle-combination\",\"tableVersion\":\"2016-09-21\"}");
    }

    @Test
    void defaultTimeIsNow() {
        LimitCommand command = new LimitCommand(Clock.fixed(Instant.parse("2016-09-20T00:00:00Z"), ZoneOffset.UTC));

        int exit = command.run(List.of("--axles", "6"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("Invalid --at 2016-09-20T08:00+08:00: no limit table is in force then");
    }

    @ParameterizedTest(name = "gross {0} -> {3}")
    @CsvSource({
            "49000, 0, 0.00, COMPLIANT",
            "49001, 1, 0.00, OVER_LIMIT_WARNING",
            "50000, 1000, 2.04, OVER_LIMIT_WARNING",
            "50001, 1001, 2.04, OVER_LIMIT",
    })
    void verdictBoundaries(String gross, String excessKg, String excessRate, String verdict) {
        assertThat(run("--axles", "6", "--vehicle-type", "center-axle", "--gross", gross, "--at", AT)).isZero();
        assertThat(output()).contains("\"excessKg\":" + excessKg + ",\"excessRate\":" + excessRate
                + ",\"verdict\":\"" + verdict + "\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --axles 2                                                                    | 18000
            --axles 3 --vehicle-type truck                                               | 25000
            --axles 3 --vehicle-type truck --air-suspension                              | 26000
            --axles 3 --vehicle-type center-axle                                         | 27000
            --axles 4 --vehicle-type truck --air-suspension                              | 32000
            --axles 4 --vehicle-type full-trailer                                        | 36000
            --axles 4 --vehicle-type articulated --air-suspension --semitrailer-axle-spacing 1800 | 37000
            --axles 4 --vehicle-type articulated --air-suspension --semitrailer-axle-spacing=1799 | 36000
            --axles 5                                                                    | 43000
            --axles 6 --single-drive-axle                                                | 46000
            --axles=9 --vehicle-type ARTICULATED --single-tyre-groups 2                  | 43000
            --axles 2 --registered-total-mass 15000                                      | 15000
            """)
    void optionsReachEngine(String arguments, String limitKg) {
        List<String> args = new ArrayList<>(List.of(arguments.split(" ")));
        args.addAll(List.of("--at", AT));

        assertThat(run(args.toArray(String[]::new))).as(errors()).isZero();
        assertThat(output()).startsWith("{\"limitKg\":" + limitKg + ",");
    }

    @Test
    void overloadWithRegisteredMasses() {
        int exit = run("--axles", "2", "--gross", "17000", "--net", "9500", "--registered-total-mass", "18000",
                "--registered-load", "9000", "--at", AT);

        assertThat(exit).isZero();
        assertThat(output()).contains("\"verdict\":\"COMPLIANT\",\"overload\":\"OVERLOADED\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --axles 13                                 | Invalid --axles 13: must be from 2 to 12
            --axles 1                                  | Invalid --axles 1: must be from 2 to 12
            --axles six                                | Invalid --axles "six": expected an axle count as a whole number
            --axles 6.5                                | Invalid --axles "6.5": expected an axle count as a whole number
            --vehicle-type truck                       | Missing --axles: the axle count is required
            --axles                                    | Missing value for --axles
            --axles 6 --axles 7                        | Invalid --axles: the option is given twice
            --axles 6 --trailer                        | Unknown option --trailer
            --axles 6 --vehicle-type bus               | Invalid --vehicle-type "bus": expected one of truck (载货汽车), center-axle (中置轴挂车列车), articulated (铰接列车), full-trailer (全挂汽车列车)
            --axles 3                                  | Missing --vehicle-type: is required for 3 axles because 2016认定标准 v2016-09-21 has different limits for them
            --axles 5 --vehicle-type truck             | Invalid --vehicle-type TRUCK: 2016认定标准 v2016-09-21 has no limit for a 5-axle 载货汽车
            --axles 6 --single-tyre-groups 5           | Invalid --single-tyre-groups 5: must be from 0 to 4 for 6 axles
            --axles 4 --semitrailer-axle-spacing 0     | Invalid --semitrailer-axle-spacing 0: must be from 1 to 18100 mm
            --axles 6 --gross 0                        | Invalid --gross 0: must be a positive weight in kg
            --axles 6 --gross 40000 --net 41000        | Invalid --net 41000: must be from 0 to the gross weight 40000 kg
            --axles 6 --net 20000                      | Invalid --net 20000: --net needs --gross
            --axles 2 --registered-total-mass 0        | Invalid --registered-total-mass 0: must be a positive mass in kg
            --axles 6 --at 2010-01-01T00:00:00+08:00   | Invalid --at 2010-01-01T00:00+08:00: no limit table is in force then; the tables cover 2016认定标准 v2016-09-21 from 2016-09-21T00:00+08:00
            --axles 6 --at yesterday                   | Invalid --at "yesterday": expected an ISO-8601 date-time
            """)
    void badArgumentsExitTwo(String arguments, String message) {
        int exit = run(arguments.split(" "));

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains(message);
        assertThat(errors()).contains("Run tools limit --help for the options.");
        assertThat(output()).isEmpty();
    }

    @Test
    void localTimeAssumesChinaOffset() {
        // 2016-09-21T00:00 in China is the first moment of the 2016 table.
        assertThat(run("--axles", "6", "--at", "2016-09-21T00:00:00")).isZero();
        assertThat(run("--axles", "6", "--at", "2016-09-20T23:59:59")).isEqualTo(2);
    }

    @Test
    void helpListsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(output())
                .startsWith("Usage: tools limit --axles N [options]")
                .contains("--vehicle-type", "--single-drive-axle", "--single-tyre-groups", "--air-suspension",
                        "--semitrailer-axle-spacing", "--gross", "--at", "center-axle (中置轴挂车列车)");
        assertThat(errors()).isEmpty();
    }
}
