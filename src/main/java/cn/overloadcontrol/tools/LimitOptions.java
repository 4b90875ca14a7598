package cn.overloadcontrol.tools;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.weighing.Vehicle;
import cn.overloadcontrol.weighing.VehicleType;

/** The options of {@code tools limit}, parsed from the command line. */
record LimitOptions(Vehicle vehicle, Integer grossKg, Integer netKg, Instant weighedAt) {

    /** China Standard Time, assumed for a date-time without offset. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final Set<String> FLAGS = Set.of("--single-drive-axle", "--air-suspension");
    private static final Set<String> VALUED = Set.of("--axles", "--vehicle-type", "--single-tyre-groups",
            "--semitrailer-axle-spacing", "--gross", "--net", "--registered-total-mass", "--registered-load", "--at");

    /**
     * Parses the arguments; {@code now} is the weighing time when {@code --at} is absent.
     *
     * @throws UsageException for an unknown, repeated or malformed option
     * @throws cn.overloadcontrol.weighing.LimitInputException for values the vehicle rejects
     */
    static LimitOptions parse(List<String> args, Instant now) {
        Map<String, String> options = collect(args);
        if (!options.containsKey("--axles")) {
            throw new UsageException("Missing --axles: the axle count is required, for example --axles 6");
        }

        Vehicle vehicle = new Vehicle(
                wholeNumber(options, "--axles", "an axle count"),
                vehicleType(options.get("--vehicle-type")),
                options.containsKey("--single-drive-axle"),
                options.containsKey("--single-tyre-groups") ? wholeNumber(options, "--single-tyre-groups", "a count") : 0,
                options.containsKey("--air-suspension"),
                optionalNumber(options, "--semitrailer-axle-spacing", "a distance in mm"),
                optionalNumber(options, "--registered-total-mass", "a mass in kg"),
                optionalNumber(options, "--registered-load", "a mass in kg"));
        Integer grossKg = optionalNumber(options, "--gross", "a weight in kg");
        Integer netKg = optionalNumber(options, "--net", "a weight in kg");
        if (netKg != null && grossKg == null) {
            throw new UsageException("Invalid --net " + netKg + ": --net needs --gross");
        }
        Instant weighedAt = options.containsKey("--at") ? dateTime(options.get("--at")) : now;
        return new LimitOptions(vehicle, grossKg, netKg, weighedAt);
    }

    private static Map<String, String> collect(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (FLAGS.contains(name) && name.equals(arg)) {
                value = "";
            } else if (VALUED.contains(name)) {
                if (!name.equals(arg)) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("Missing value for " + name + "; run tools limit --help for the options");
                }
            } else {
                throw new UsageException("Unknown option " + arg + "; run tools limit --help for the options");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("Invalid " + name + ": the option is given twice");
            }
        }
        return options;
    }

    private static Integer optionalNumber(Map<String, String> options, String name, String meaning) {
        return options.containsKey(name) ? wholeNumber(options, name, meaning) : null;
    }

    private static int wholeNumber(Map<String, String> options, String name, String meaning) {
        String value = options.get(name);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid " + name + " \"" + value + "\": expected " + meaning
                    + " as a whole number without separators");
        }
    }

    private static VehicleType vehicleType(String value) {
        if (value == null) {
            return null;
        }
        String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(VehicleType.values())
                .filter(type -> type.name().equals(constant))
                .findFirst()
                .orElseThrow(() -> new UsageException("Invalid --vehicle-type \"" + value + "\": expected one of "
                        + String.join(", ", Arrays.stream(VehicleType.values()).map(LimitOptions::optionValue).toList())));
    }

    /** Option form of a vehicle type with its Chinese name: "center-axle (中置轴挂车列车)". */
    static String optionValue(VehicleType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + type.chineseName() + ")";
    }

    private static Instant dateTime(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip()).atOffset(CHINA).toInstant();
            } catch (DateTimeParseException e) {
                throw new UsageException("Invalid --at \"" + value + "\": expected an ISO-8601 date-time such as"
                        + " 2024-06-01T08:30:00+08:00 (without an offset, +08:00 is assumed)");
            }
        }
    }
}
