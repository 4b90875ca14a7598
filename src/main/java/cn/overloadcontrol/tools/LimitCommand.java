package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.weighing.Limit;
import cn.overloadcontrol.weighing.LimitEngine;
import cn.overloadcontrol.weighing.LimitInputException;
import cn.overloadcontrol.weighing.LimitJudgement;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * {@code tools limit --axles N ...}: the legal limit of a vehicle (62号令 art. 3, 2016 认定标准),
 * its basis and, with {@code --gross}, the verdict.
 */
final class LimitCommand implements ToolCommand {

    /** Option for each input field that {@link LimitInputException#field()} can name. */
    private static final Map<String, String> OPTIONS_BY_FIELD = Map.of(
            "axleCount", "--axles",
            "vehicleType", "--vehicle-type",
            "singleDriveAxle", "--single-drive-axle",
            "singleTyreGroups", "--single-tyre-groups",
            "semitrailerAxleSpacingMm", "--semitrailer-axle-spacing",
            "registeredTotalMassKg", "--registered-total-mass",
            "registeredLoadKg", "--registered-load",
            "grossKg", "--gross",
            "netKg", "--net",
            "weighedAt", "--at");

    private final Clock clock;

    LimitCommand() {
        this(Clock.systemUTC());
    }

    LimitCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "limit";
    }

    @Override
    public String summary() {
        return "legal limit and verdict: tools limit --axles N [--vehicle-type T] [--gross KG] ... (see --help)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            printUsage(out);
            return 0;
        }
        try {
            LimitOptions options = LimitOptions.parse(args, clock.instant());
            out.println(Json.line(judge(options)));
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
        } catch (LimitInputException e) {
            err.println(describe(e));
        }
        err.println("Run tools limit --help for the options.");
        return Tools.USAGE_ERROR;
    }

    private static Map<String, Object> judge(LimitOptions options) {
        LimitEngine engine = LimitEngine.withBundledTables();
        Map<String, Object> result = new LinkedHashMap<>();
        if (options.grossKg() == null) {
            Limit limit = engine.limitFor(options.vehicle(), options.weighedAt());
            put(result, limit, null);
            return result;
        }

        LimitJudgement judgement = engine.judge(options.vehicle(), options.grossKg(), options.netKg(),
                options.weighedAt());
        put(result, judgement.limit(), judgement);
        return result;
    }

    private static void put(Map<String, Object> result, Limit limit, LimitJudgement judgement) {
        result.put("limitKg", limit.limitKg());
        result.put("basis", limit.basis());
        result.put("excessKg", judgement == null ? null : judgement.excessKg());
        result.put("excessRate", judgement == null ? null : judgement.excessRate());
        result.put("verdict", judgement == null ? null : judgement.verdict().name());
        result.put("overload", judgement == null ? null : judgement.overload().name());
        result.put("ruleId", limit.ruleId());
        result.put("tableVersion", limit.tableVersion());
    }

    private static String describe(LimitInputException e) {
        String option = OPTIONS_BY_FIELD.getOrDefault(e.field(), e.field());
        if (e.rejectedValue() == null) {
            return "Missing " + option + ": " + e.rule();
        }
        return "Invalid " + option + " " + e.rejectedValue() + ": " + e.rule();
    }

    private static void printUsage(PrintStream stream) {
        stream.println("""
                Usage: tools limit --axles N [options]
                Prints {"limitKg", "basis", "excessKg", "excessRate", "verdict", "overload", "ruleId", "tableVersion"};
                without --gross only the limit, the basis, the rule and the table version are set.

                  --axles N                       axle count, 2 to 12 (a two-axle group counts as 2; 7 to 12 use the 6-axle row)
                  --vehicle-type T                %s;
                                                  required for 3 and 4 axles, where trucks and combinations differ
                  --single-drive-axle             the tractor's drive axle is a single axle (6 or more axles: 46000 kg)
                  --single-tyre-groups N          axle groups or trailer axles, other than the drive axle, with single
                                                  tyres that are not wide-base; each lowers the limit by 3000 kg
                  --air-suspension                drive axles with air suspension and dual tyres (3- and 4-axle trucks
                                                  +1000 kg; 4-axle articulated 37000 kg with a semitrailer axle spacing >= 1800 mm)
                  --semitrailer-axle-spacing MM   distance between the two semitrailer axles, in mm
                  --registered-total-mass KG      total mass on the registration certificate (行驶证总质量); caps a
                                                  2-axle truck's limit and is compared for 超载
                  --registered-load KG            registered load (核定载质量), compared with --net for 超载
                  --gross KG                      gross weight; sets excessKg, excessRate (%%) and verdict
                                                  (COMPLIANT, OVER_LIMIT_WARNING up to 1000 kg over, OVER_LIMIT)
                  --net KG                        net weight, needs --gross
                  --at DATE-TIME                  weighing time that picks the table version, ISO-8601 such as
                                                  2024-06-01T08:30:00+08:00 (default: now; without an offset +08:00)
                Exit code 2 and a message on stderr for an invalid option.""".formatted(String.join(", ",
                Arrays.stream(VehicleType.values()).map(LimitOptions::optionValue).toList())));
    }
}
