package cn.overloadcontrol.weighing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VehicleTest {

    @ParameterizedTest(name = "{0} axles, {1} single-tyre groups")
    @CsvSource({"2, 1", "3, 2", "6, 5", "12, 11", "6, -1"})
    void singleTyreGroupsBeyondCountableAxles(int axles, int groups) {
        assertThatThrownBy(() -> Vehicle.of(axles, VehicleType.ARTICULATED).withSingleTyreGroups(groups))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("singleTyreGroups");
                    assertThat(e.rejectedValue()).isEqualTo(groups);
                    assertThat(e.rule()).startsWith("must be from 0 to " + (axles - 2) + " for " + axles + " axles");
                });
    }

    @ParameterizedTest(name = "{0} axles, {1} single-tyre groups")
    @CsvSource({"2, 0", "3, 1", "6, 4", "12, 10"})
    void singleTyreGroupsWithinCountableAxles(int axles, int groups) {
        assertThat(Vehicle.of(axles, VehicleType.ARTICULATED).withSingleTyreGroups(groups).singleTyreGroups())
                .isEqualTo(groups);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1800", "18101"})
    void axleSpacingOutsideVehicleLength(int spacingMm) {
        assertThatThrownBy(() -> Vehicle.of(4, VehicleType.ARTICULATED).withAirSuspension(true, spacingMm))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("semitrailerAxleSpacingMm");
                    assertThat(e.rule()).isEqualTo("must be from 1 to 18100 mm, the length limit of 62号令 art. 3");
                });
    }

    @Test
    void registeredMassesMustBePositive() {
        Vehicle vehicle = Vehicle.of(2, VehicleType.TRUCK);

        assertThatThrownBy(() -> vehicle.withRegisteredMasses(0, null))
                .isInstanceOfSatisfying(LimitInputException.class,
                        e -> assertThat(e.field()).isEqualTo("registeredTotalMassKg"));
        assertThatThrownBy(() -> vehicle.withRegisteredMasses(null, -5))
                .isInstanceOfSatisfying(LimitInputException.class,
                        e -> assertThat(e.field()).isEqualTo("registeredLoadKg"));
    }

    @Test
    void registeredLoadBelowTotalMass() {
        assertThatThrownBy(() -> Vehicle.of(2, VehicleType.TRUCK).withRegisteredMasses(18_000, 18_000))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("registeredLoadKg");
                    assertThat(e.getMessage()).isEqualTo("registeredLoadKg 18000: must be less than the registered"
                            + " total mass 18000 kg, which includes the vehicle's own mass");
                });
    }
}
