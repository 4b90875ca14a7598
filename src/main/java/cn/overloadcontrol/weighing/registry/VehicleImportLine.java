package cn.overloadcontrol.weighing.registry;

import java.io.Serializable;
import java.util.List;

import cn.overloadcontrol.weighing.VehicleRegistration;

/**
 * One data row of an uploaded registry file: the texts as typed, the problems found, and the
 * registration it becomes when it has none.
 */
record VehicleImportLine(int rowNumber, String plate, String axles, String type, String totalMass, String load,
        List<Problem> problems, VehicleRegistration registration) implements Serializable {

    /** A broken rule: the message key under {@code vehicle.import.problem.} and its arguments. */
    record Problem(String key, List<String> args) implements Serializable {

        Problem {
            args = List.copyOf(args);
        }

        public String messageKey() {
            return "vehicle.import.problem." + key;
        }
    }

    VehicleImportLine {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
