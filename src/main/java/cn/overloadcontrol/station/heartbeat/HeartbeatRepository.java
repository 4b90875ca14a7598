package cn.overloadcontrol.station.heartbeat;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HeartbeatRepository extends JpaRepository<StationHeartbeat, Long> {

    @Modifying
    @Query(value = """
            insert into station_heartbeat_log (station_id, received_at, indicator_state, backlog, cameras_total,
                   cameras_online)
            values (:stationId, :receivedAt, :indicatorState, :backlog, :camerasTotal, :camerasOnline)
            on conflict do nothing""", nativeQuery = true)
    void log(@Param("stationId") long stationId, @Param("receivedAt") OffsetDateTime receivedAt,
            @Param("indicatorState") String indicatorState, @Param("backlog") Integer backlog,
            @Param("camerasTotal") Integer camerasTotal, @Param("camerasOnline") Integer camerasOnline);

    @Query(value = "select count(*) from station_heartbeat_log where station_id = :stationId", nativeQuery = true)
    long countLog(@Param("stationId") long stationId);

    List<StationHeartbeat> findAll();
}
