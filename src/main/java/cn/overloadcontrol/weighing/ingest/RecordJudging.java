package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.VehicleRegistry;
import org.springframework.stereotype.Component;

/**
 * Judges parsed records against the legal limit. A record that carries neither registered mass
 * is judged with the registry's masses of its plate, looked up for all such records in one
 * query. The content and its hash keep what the station sent.
 */
@Component
class RecordJudging {

    /**
     * A valid record as parsed, waiting to be judged.
     *
     * @param index the record's position among the records judged and stored together
     * @param onStored what to run with the new record id in the storing transaction
     */
    record ParsedRecord(StationProfile station, int index, RecordContent content, WeightCurve curve,
            LongConsumer onStored) {

        /** Returns this record at another index, such as its position in a group of requests. */
        ParsedRecord at(int newIndex) {
            return new ParsedRecord(station, newIndex, content, curve, onStored);
        }
    }

    private final RecordJudge judge;
    private final VehicleRegistry registry;

    RecordJudging(RecordJudge judge, VehicleRegistry registry) {
        this.judge = judge;
        this.registry = registry;
    }

    /** Judges the records and returns them ready to store, in the same order. */
    List<PendingRecord> judgeAll(List<ParsedRecord> records) {
        List<String> plates = records.stream().map(ParsedRecord::content)
                .filter(content -> !ownMasses(content)).map(RecordContent::plateNumber).distinct().toList();
        Map<String, RegisteredMasses> registryMasses = plates.isEmpty() ? Map.of() : registry.massesOf(plates);

        List<PendingRecord> judged = new ArrayList<>();
        for (ParsedRecord record : records) {
            RecordContent content = record.content();
            RegisteredMasses registered = ownMasses(content) ? null : registryMasses.get(content.plateNumber());
            judged.add(new PendingRecord(record.index(), content, record.curve(), content.sha256(),
                    judge.judge(content, record.station(), registered), RecordJudge.massSource(content, registered),
                    registered, record.onStored()));
        }
        return judged;
    }

    private static boolean ownMasses(RecordContent content) {
        return content.registeredTotalMassKg() != null || content.registeredLoadKg() != null;
    }
}
