package cn.overloadcontrol.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile that the signed API reads for every request, with one query. */
@IntegrationTest
class StationProfileTest {

    @Autowired
    StationService stations;
    @Autowired
    TestData data;

    @Test
    void profileHasUnitAreaStatusAndLanes() {
        long areaId = data.areas().get(0).id();
        long unitId = data.createUnit(areaId);
        long stationId = data.createStation(unitId);
        StationView view = data.asOffice(() -> stations.view(stationId));

        StationProfile profile = stations.profile(stationId).orElseThrow();

        assertThat(profile.stationId()).isEqualTo(stationId);
        assertThat(profile.code()).isEqualTo(view.code());
        assertThat(profile.unitId()).isEqualTo(unitId);
        assertThat(profile.areaId()).isEqualTo(areaId);
        assertThat(profile.status()).isEqualTo(StationStatus.ACTIVE);
        assertThat(profile.lanes()).isEqualTo(Map.of(1, LaneDirection.OUTBOUND, 2, LaneDirection.INBOUND));
    }

    @Test
    void profileOfUnknownStationIsEmpty() {
        assertThat(stations.profile(Long.MAX_VALUE)).isEmpty();
    }
}
