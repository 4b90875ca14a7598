package cn.overloadcontrol.agent;

import java.util.Objects;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * The truck the simulator has on the scale: what the operator would type in, or a plate camera
 * would read, at a station running with the simulator. Its weight is not here, because the
 * weight only ever comes from the indicator.
 *
 * @param plate      plate number per GA 36, normalized, for example 晋E12345 or 晋E12345D
 * @param plateColor yellow for large trucks, yellow-green for large new-energy trucks
 * @param axleCount  2 to 6
 * @param cargo      cargo name as written on the loading bill, for example 煤
 */
public record SimulatedTruck(String plate, PlateColor plateColor, int axleCount, VehicleType vehicleType,
                             String cargo) {

    public SimulatedTruck {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(plateColor, "plateColor");
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(cargo, "cargo");
    }
}
