package cn.overloadcontrol.weighing.registry;

import java.util.Arrays;
import java.util.List;

import cn.overloadcontrol.weighing.VehicleType;

/** The columns of the registry template, in order, and the vehicle type labels it accepts. */
final class VehicleImportColumns {

    static final List<String> HEADERS = List.of("号牌号码", "轴数", "车辆类型", "总质量(kg)", "核定载质量(kg)");
    static final int PLATE = 0;
    static final int AXLES = 1;
    static final int TYPE = 2;
    static final int TOTAL_MASS = 3;
    static final int LOAD = 4;

    private VehicleImportColumns() {
    }

    /** Finds the type whose Chinese name is the label, or returns {@code null}. */
    static VehicleType typeOf(String label) {
        return Arrays.stream(VehicleType.values()).filter(type -> type.chineseName().equals(label)).findFirst()
                .orElse(null);
    }

    static String typeLabels() {
        return String.join("、", Arrays.stream(VehicleType.values()).map(VehicleType::chineseName).toList());
    }
}
