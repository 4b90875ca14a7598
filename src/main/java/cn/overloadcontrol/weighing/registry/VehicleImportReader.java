package cn.overloadcontrol.weighing.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.common.excel.SafeXlsxReader;
import cn.overloadcontrol.common.excel.XlsxReadException;
import cn.overloadcontrol.common.excel.XlsxRow;
import cn.overloadcontrol.weighing.VehicleRegistration;
import cn.overloadcontrol.weighing.VehicleType;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded registry file and checks every row, so the preview lists all problems at
 * once. The first row must be the template's header, so a file without one loses no vehicle.
 */
@Component
class VehicleImportReader {

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 5_001;
    /**
     * Upper bound of a registered mass: about four times the 49 t limit of six axles, so a mass
     * with a mistyped extra digit is rejected.
     */
    static final int MAX_MASS_KG = 200_000;

    /** Signals a file whose first row is not the template header. The caller shows its own message. */
    static final class HeaderMissingException extends Exception {
        HeaderMissingException() {
            super("The first row is not the header of the vehicle registry template");
        }
    }

    VehicleImportDraft read(Path file, String fileName, long userId) throws XlsxReadException, HeaderMissingException {
        List<XlsxRow> rows = new SafeXlsxReader(MAX_FILE_BYTES, MAX_ROWS).readFirstSheet(file);
        if (rows.isEmpty() || !VehicleImportColumns.HEADERS.get(0).equals(rows.get(0).cell(0).strip())) {
            throw new HeaderMissingException();
        }
        Map<String, Integer> firstRowOfPlate = new HashMap<>();
        List<VehicleImportLine> lines = new ArrayList<>();
        for (XlsxRow row : rows.subList(1, rows.size())) {
            lines.add(check(row, firstRowOfPlate));
        }
        return new VehicleImportDraft(UUID.randomUUID().toString(), userId, fileName, lines);
    }

    private static VehicleImportLine check(XlsxRow row, Map<String, Integer> firstRowOfPlate) {
        String plateText = row.cell(VehicleImportColumns.PLATE).strip();
        String axlesText = row.cell(VehicleImportColumns.AXLES).strip();
        String typeText = row.cell(VehicleImportColumns.TYPE).strip();
        String totalText = row.cell(VehicleImportColumns.TOTAL_MASS).strip();
        String loadText = row.cell(VehicleImportColumns.LOAD).strip();
        List<VehicleImportLine.Problem> problems = new ArrayList<>();

        PlateNumber plate = PlateNumber.of(plateText);
        if (!plate.valid()) {
            problems.add(problem("plate", plateText));
        } else {
            Integer earlier = firstRowOfPlate.putIfAbsent(plate.normalized(), row.rowNumber());
            if (earlier != null) {
                problems.add(problem("duplicate", plateText, String.valueOf(earlier)));
            }
        }
        Integer axles = wholeNumber(axlesText);
        if (axles == null || axles < 2 || axles > 12) {
            problems.add(problem("axles", axlesText));
        }
        VehicleType type = VehicleImportColumns.typeOf(typeText);
        if (type == null) {
            problems.add(problem("type", typeText, VehicleImportColumns.typeLabels()));
        }
        Integer total = mass(totalText, "total", problems);
        Integer load = mass(loadText, "load", problems);
        if (total != null && load != null && load >= total) {
            problems.add(problem("load_not_below_total", loadText, totalText));
        }

        VehicleRegistration registration = problems.isEmpty()
                ? new VehicleRegistration(plate.normalized(), axles, type, total, load, null, null) : null;
        return new VehicleImportLine(row.rowNumber(), plateText, axlesText, typeText, totalText, loadText, problems,
                registration);
    }

    private static Integer mass(String text, String key, List<VehicleImportLine.Problem> problems) {
        Integer kg = wholeNumber(text.replace(",", ""));
        if (kg == null || kg <= 0 || kg > MAX_MASS_KG) {
            problems.add(problem(key, text, String.valueOf(MAX_MASS_KG)));
            return null;
        }
        return kg;
    }

    /**
     * Parses a whole number of at most seven digits, or returns {@code null}. Excel shows whole
     * numbers without a fraction.
     */
    private static Integer wholeNumber(String text) {
        return text.matches("\\d{1,7}") ? Integer.valueOf(text) : null;
    }

    private static VehicleImportLine.Problem problem(String key, String... args) {
        return new VehicleImportLine.Problem(key, List.of(args));
    }
}
