package cn.overloadcontrol.upstream.send;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.upstream.UploadItem;
import cn.overloadcontrol.upstream.outbox.ClaimedTask;
import cn.overloadcontrol.upstream.outbox.TaskKind;
import org.springframework.stereotype.Component;

/**
 * Reads the list that a UNIT or STATION task pushes, at send time, so that a push always
 * carries the list as it is now: the published units (公示), or every station with its unit.
 */
@Component
class RegistryPayloads {

    private final UnitDirectory units;
    private final StationService stations;

    RegistryPayloads(UnitDirectory units, StationService stations) {
        this.units = units;
        this.stations = stations;
    }

    UploadItem.Registry registry(ClaimedTask task) {
        List<Map<String, Object>> entries = task.kind() == TaskKind.UNIT ? unitEntries() : stationEntries();
        return new UploadItem.Registry(task.idempotencyKey(), task.kind().name(), entries);
    }

    private List<Map<String, Object>> unitEntries() {
        return units.listPublished().stream().map(unit -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("unitId", unit.id());
            entry.put("name", unit.name());
            entry.put("creditCode", unit.creditCode());
            entry.put("areaId", unit.areaId());
            return entry;
        }).toList();
    }

    private List<Map<String, Object>> stationEntries() {
        List<StationProfile> profiles = stations.allProfiles();
        Map<Long, UnitRef> unitRefs = units.findAllById(profiles.stream().map(StationProfile::unitId)
                .collect(Collectors.toSet()));
        return profiles.stream().map(station -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stationId", station.stationId());
            entry.put("code", station.code());
            entry.put("status", station.status().name());
            entry.put("laneCount", station.lanes().size());
            UnitRef unit = unitRefs.get(station.unitId());
            entry.put("unitCreditCode", unit == null ? null : unit.creditCode());
            entry.put("unitName", unit == null ? null : unit.name());
            return entry;
        }).toList();
    }
}
