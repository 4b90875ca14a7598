package cn.overloadcontrol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The main class starts the station when the station profile is requested. */
class RunModeTest {

    @Test
    void profileArgumentSelectsStation() {
        assertThat(OverloadControlApplication.stationProfileRequested(
                new String[] {"--spring.profiles.active=station"}, null)).isTrue();
        assertThat(OverloadControlApplication.stationProfileRequested(
                new String[] {"--spring.profiles.active=demo, station"}, null)).isTrue();
    }

    @Test
    void environmentProfileSelectsStation() {
        assertThat(OverloadControlApplication.stationProfileRequested(new String[0], "station")).isTrue();
    }

    @Test
    void argumentOverridesEnvironment() {
        assertThat(OverloadControlApplication.stationProfileRequested(
                new String[] {"--spring.profiles.active=demo"}, "station")).isFalse();
    }

    @Test
    void otherProfilesStartPlatform() {
        assertThat(OverloadControlApplication.stationProfileRequested(new String[0], null)).isFalse();
        assertThat(OverloadControlApplication.stationProfileRequested(
                new String[] {"--spring.profiles.active=stations"}, null)).isFalse();
    }
}
