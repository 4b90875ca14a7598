package cn.overloadcontrol.upstream.send;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.upstream.UploadItem;
import cn.overloadcontrol.upstream.outbox.ClaimedTask;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.UploadTarget;
import cn.overloadcontrol.weighing.UploadMedia;
import cn.overloadcontrol.weighing.UploadRecord;
import cn.overloadcontrol.weighing.WeighingRecordsForUpload;
import org.springframework.stereotype.Component;

/**
 * Reads what claimed tasks deliver, at send time, so that a task stores only a reference and a
 * mapping change applies to the backlog too. Records get their station code and unit name and
 * credit code added.
 */
@Component
class PayloadAssembler {

    private final WeighingRecordsForUpload records;
    private final StationService stations;
    private final UnitDirectory units;

    PayloadAssembler(WeighingRecordsForUpload records, StationService stations, UnitDirectory units) {
        this.records = records;
        this.stations = stations;
        this.units = units;
    }

    /** Returns the record item of each task by task id; a task whose record is gone is left out. */
    Map<Long, UploadItem.Record> records(UploadTarget target, List<ClaimedTask> tasks) {
        List<Long> recordIds = tasks.stream().map(ClaimedTask::recordId).toList();
        Map<Long, UploadRecord> byId = records.records(recordIds).stream()
                .collect(Collectors.toMap(UploadRecord::id, Function.identity()));
        Map<Long, List<UploadItem.Media>> inline = target.mediaMode() == MediaMode.INLINE
                ? inlineMedia(recordIds) : Map.of();
        Map<Long, String> stationCodes = new HashMap<>();
        Map<Long, UnitRef> unitRefs = units.findAllById(byId.values().stream().map(UploadRecord::unitId)
                .collect(Collectors.toSet()));

        Map<Long, UploadItem.Record> items = new LinkedHashMap<>();
        for (ClaimedTask task : tasks) {
            UploadRecord record = byId.get(task.recordId());
            if (record == null) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(record.fields());
            fields.put("stationCode", stationCodes.computeIfAbsent(record.stationId(), this::stationCode));
            UnitRef unit = unitRefs.get(record.unitId());
            if (unit != null) {
                fields.put("unitName", unit.name());
                fields.put("unitCreditCode", unit.creditCode());
            }
            items.put(task.id(), new UploadItem.Record(task.idempotencyKey(), fields,
                    inline.getOrDefault(record.id(), List.of())));
        }
        return items;
    }

    /** Returns the media item of a MEDIA task, empty when the link or its bytes are gone. */
    Optional<UploadItem.Media> media(ClaimedTask task) {
        Optional<UploadMedia> media = records.media(List.of(task.mediaId())).stream().findFirst();
        if (media.isEmpty()) {
            return Optional.empty();
        }
        Optional<UploadRecord> record = records.records(List.of(media.get().recordId())).stream().findFirst();
        Optional<byte[]> content = records.content(media.get().sha256());
        if (record.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mediaItem(task.idempotencyKey(), media.get(), content.get(),
                String.valueOf(record.get().fields().get("recordNumber")), stationCode(record.get().stationId())));
    }

    private Map<Long, List<UploadItem.Media>> inlineMedia(List<Long> recordIds) {
        Map<Long, List<UploadItem.Media>> byRecord = new HashMap<>();
        for (UploadMedia media : records.mediaOfRecords(recordIds)) {
            records.content(media.sha256()).ifPresent(content -> byRecord
                    .computeIfAbsent(media.recordId(), id -> new ArrayList<>())
                    .add(mediaItem(null, media, content, null, null)));
        }
        return byRecord;
    }

    private static UploadItem.Media mediaItem(String idempotencyKey, UploadMedia media, byte[] content,
            String recordNumber, String stationCode) {
        return new UploadItem.Media(idempotencyKey, media.recordId(), recordNumber, stationCode, media.kind(),
                media.sha256(), media.contentType(), content);
    }

    private String stationCode(long stationId) {
        return stations.profile(stationId).map(StationProfile::code).orElse(null);
    }
}
