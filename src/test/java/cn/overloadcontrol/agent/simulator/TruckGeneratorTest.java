package cn.overloadcontrol.agent.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.overloadcontrol.agent.SimulatedPassage;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.weighing.VehicleType;
import org.junit.jupiter.api.Test;

class TruckGeneratorTest {

    private static final BigDecimal DIVISION = BigDecimal.valueOf(20);

    private static List<SimulatedPassage> draw(long seed, int count, double cheatingProbability) {
        TruckGenerator generator = new TruckGenerator(new Random(seed), DIVISION, cheatingProbability,
                Clock.systemUTC());
        List<SimulatedPassage> passages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            passages.add(generator.next(i));
        }
        return passages;
    }

    @Test
    void platesAreValidPerGa36() {
        for (SimulatedPassage passage : draw(7, 2_000, 0.05)) {
            PlateNumber plate = PlateNumber.of(passage.truck().plate());
            assertThat(plate.valid()).as(passage.truck().plate()).isTrue();
            assertThat(plate.normalized()).isEqualTo(passage.truck().plate());
        }
    }

    @Test
    void newEnergyPlatesAreYellowGreen() {
        List<SimulatedPassage> passages = draw(7, 2_000, 0.05);

        List<SimulatedPassage> newEnergy = passages.stream()
                .filter(p -> PlateNumber.of(p.truck().plate()).newEnergy() == PlateNumber.NewEnergy.LARGE).toList();
        assertThat(newEnergy).hasSizeBetween(40, 250);
        assertThat(newEnergy).allMatch(p -> p.truck().plateColor() == PlateColor.YELLOW_GREEN);
        assertThat(passages).filteredOn(p -> p.truck().plate().startsWith("晋E")).hasSizeGreaterThan(1_500);
    }

    @Test
    void axleCountsAndTypesArePlausible() {
        List<SimulatedPassage> passages = draw(11, 2_000, 0.05);

        assertThat(passages).extracting(p -> p.truck().axleCount()).containsOnly(2, 3, 4, 5, 6);
        assertThat(passages).filteredOn(p -> p.truck().axleCount() == 6).hasSizeGreaterThan(900);
        assertThat(passages).filteredOn(p -> p.truck().axleCount() == 2)
                .allMatch(p -> p.truck().vehicleType() == VehicleType.TRUCK);
        assertThat(passages).filteredOn(p -> p.truck().axleCount() >= 5)
                .allMatch(p -> p.truck().vehicleType().combination());
    }

    @Test
    void someTrucksAreOverTheLimit() {
        List<SimulatedPassage> passages = draw(13, 2_000, 0.05);

        long over = passages.stream().filter(SimulatedPassage::overLimit).count();
        assertThat(over).isBetween(100L, 500L);
        assertThat(passages).allMatch(p -> p.grossKg().remainder(DIVISION).signum() == 0);
        assertThat(passages).allMatch(p -> p.grossKg().compareTo(p.limitKg().multiply(BigDecimal.valueOf(1.3))) <= 0);
        assertThat(passages).filteredOn(p -> p.truck().axleCount() == 6 && p.truck().vehicleType() == VehicleType.ARTICULATED)
                .allMatch(p -> p.limitKg().intValue() == 49_000);
    }

    @Test
    void cheatingFollowsItsProbability() {
        List<SimulatedPassage> passages = draw(17, 2_000, 0.05);

        long cheating = passages.stream().filter(SimulatedPassage::cheating).count();
        assertThat(cheating).isBetween(60L, 140L);
        assertThat(passages).filteredOn(SimulatedPassage::cheating)
                .allMatch(p -> p.cheatingStepKg().signum() < 0 && p.cheatingStepKg().abs().compareTo(
                        p.grossKg().divide(BigDecimal.valueOf(11), java.math.RoundingMode.DOWN)) >= 0);
    }

    @Test
    void sameSeedDrawsSameTrucks() {
        assertThat(draw(99, 50, 0.3)).isEqualTo(draw(99, 50, 0.3));
        assertThat(draw(99, 50, 0.3)).isNotEqualTo(draw(100, 50, 0.3));
    }
}
