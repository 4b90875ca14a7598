package cn.overloadcontrol.station;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.DateRules;
import cn.overloadcontrol.common.validation.MaskedValues;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.LedProtocol;

/**
 * The rules of inventory device fields: lengths for every kind, required fields per kind, lanes of
 * the station, known protocols, and the syntax of port settings and addresses.
 */
final class DeviceValidator {

    /** Lane numbers separated by commas, for example 1 or 1,2. */
    static final Pattern LANES = Pattern.compile("[1-9][0-9]?(,[1-9][0-9]?)*");
    /** Largest truck scale capacity accepted, in kg; the biggest static truck scales weigh 200 t. */
    static final int MAX_CAPACITY_KG = 200_000;
    static final int MAX_DIVISION_KG = 1_000;

    private DeviceValidator() {
    }

    /**
     * Checks the fields of a device of a station with the given lane numbers.
     *
     * @param stationLanes the lane numbers the station has, which the device's lanes must be among
     */
    static List<FieldProblem> validate(DeviceFields fields, Set<Integer> stationLanes, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.kind() == null) {
            problems.add(FieldProblem.error("kind", null, "required"));
            return problems;
        }
        lengths(problems, fields);
        if (fields.lanes() != null && !LANES.matcher(fields.lanes()).matches()) {
            problems.add(FieldProblem.error("lanes", fields.lanes(), "device.lanes_malformed"));
        } else if (fields.lanes() != null) {
            lanesOfStation(problems, fields.lanes(), stationLanes);
        }
        protocol(problems, fields);
        if (fields.portSettings() != null && !DeviceAddresses.validPortSettings(fields.portSettings())) {
            problems.add(FieldProblem.error("portSettings", fields.portSettings(), "device.port_settings_invalid",
                    String.join("、", DeviceAddresses.BAUD_RATES.stream().sorted().map(String::valueOf).toList())));
        }
        address(problems, fields);
        range(problems, "capacityKg", fields.capacityKg(), MAX_CAPACITY_KG);
        range(problems, "divisionKg", fields.divisionKg(), MAX_DIVISION_KG);
        DateRules.checkRange(problems, "certificateExpiresOn", fields.certificateExpiresOn(), today);
        required(problems, "model", fields.model());
        if (!fields.spare()) {
            requiredOfKind(problems, fields);
        }
        return problems;
    }

    /** Fields an installed device of each kind needs; a spare on the shelf needs only its model. */
    private static void requiredOfKind(List<FieldProblem> problems, DeviceFields fields) {
        switch (fields.kind()) {
            case TRUCK_SCALE -> {
                required(problems, "capacityKg", fields.capacityKg());
                required(problems, "divisionKg", fields.divisionKg());
                required(problems, "certificateNumber", fields.certificateNumber());
                required(problems, "certificateExpiresOn", fields.certificateExpiresOn());
                required(problems, "lanes", fields.lanes());
            }
            case INDICATOR -> {
                required(problems, "protocol", fields.protocol());
                required(problems, "portSettings", fields.portSettings());
            }
            case CAMERA, PLATE_CAMERA -> {
                required(problems, "position", fields.position());
                required(problems, "address", fields.address());
            }
            case LED_BOARD -> {
                required(problems, "protocol", fields.protocol());
                required(problems, "address", fields.address());
            }
            case AXLE_DETECTOR, LIGHT_CURTAIN -> required(problems, "lanes", fields.lanes());
        }
    }

    private static void lanesOfStation(List<FieldProblem> problems, String lanes, Set<Integer> stationLanes) {
        Set<Integer> seen = new HashSet<>();
        for (String part : lanes.split(",")) {
            int lane = Integer.parseInt(part);
            if (!seen.add(lane)) {
                problems.add(FieldProblem.error("lanes", lanes, "device.lane_repeated", lane));
                return;
            }
            if (!stationLanes.contains(lane)) {
                String existing = String.join("、", stationLanes.stream().sorted().map(String::valueOf).toList());
                problems.add(FieldProblem.error("lanes", lanes, "device.lane_unknown", lane,
                        existing.isEmpty() ? "—" : existing));
                return;
            }
        }
    }

    /** Indicators name a framer of the station software and LED boards a board protocol, by id. */
    private static void protocol(List<FieldProblem> problems, DeviceFields fields) {
        if (fields.protocol() == null) {
            return;
        }
        List<String> known = switch (fields.kind()) {
            case INDICATOR -> Arrays.stream(IndicatorProtocol.values()).map(IndicatorProtocol::id).toList();
            case LED_BOARD -> Arrays.stream(LedProtocol.values()).map(LedProtocol::id).toList();
            default -> List.of();
        };
        if (!known.isEmpty() && !known.contains(fields.protocol())) {
            problems.add(FieldProblem.error("protocol", fields.protocol(), "device.protocol_unknown",
                    String.join("、", known)));
        }
    }

    /** Lane cameras stream RTSP, and other devices sit at host[:port] or on a serial port. */
    private static void address(List<FieldProblem> problems, DeviceFields fields) {
        String address = fields.address();
        if (address == null) {
            return;
        }
        if (address.contains("@")) {
            // A password in the address would be stored and shown in plain text; the password field is encrypted.
            String masked = MaskedValues.withoutUserInfo(address);
            problems.add(FieldProblem.error("address", masked, "device.address_credentials", masked));
            return;
        }
        if (fields.kind() == DeviceKind.CAMERA) {
            if (!DeviceAddresses.validRtspUrl(address)) {
                problems.add(FieldProblem.error("address", address, "device.address_rtsp_required"));
            }
        } else if (fields.kind() == DeviceKind.PLATE_CAMERA) {
            if (!DeviceAddresses.validHostPort(address) && !DeviceAddresses.validRtspUrl(address)) {
                problems.add(FieldProblem.error("address", address, "device.address_invalid_camera"));
            }
        } else if (!DeviceAddresses.validHostPort(address) && !DeviceAddresses.validSerialPort(address)) {
            problems.add(FieldProblem.error("address", address, "device.address_invalid"));
        }
    }

    private static void lengths(List<FieldProblem> problems, DeviceFields fields) {
        tooLong(problems, "model", fields.model(), 64);
        tooLong(problems, "serialNumber", fields.serialNumber(), 64);
        tooLong(problems, "lanes", fields.lanes(), 32);
        tooLong(problems, "position", fields.position(), 64);
        tooLong(problems, "address", fields.address(), 256);
        tooLong(problems, "protocol", fields.protocol(), 32);
        tooLong(problems, "portSettings", fields.portSettings(), 64);
        tooLong(problems, "certificateNumber", fields.certificateNumber(), 64);
        tooLong(problems, "username", fields.username(), 64);
        tooLong(problems, "password", fields.password(), 128);
        tooLong(problems, "notes", fields.notes(), 500);
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        boolean present = value instanceof String text ? !text.isBlank() : value != null;
        if (!present && problems.stream().noneMatch(problem -> problem.field().equals(field))) {
            problems.add(FieldProblem.error(field, null, "required"));
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            problems.add(FieldProblem.error(field, value.toString(), "number.out_of_range", 1, max));
        }
    }
}
