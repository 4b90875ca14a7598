package cn.overloadcontrol.weighing.api;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.weighing.ingest.IngestionOutcome;
import cn.overloadcontrol.weighing.ingest.IngestionService;
import cn.overloadcontrol.weighing.media.CheckedMedia;
import cn.overloadcontrol.weighing.media.InlineMediaChecker;
import cn.overloadcontrol.weighing.media.MediaService;
import org.springframework.stereotype.Component;

/**
 * Ingests a record with the media sent inline: bad media rejects the record, and the media
 * links are written in the record's own transaction, so both are stored or neither.
 */
@Component
class RecordWithMedia {

    private final IngestionService ingestion;
    private final InlineMediaChecker checker;
    private final MediaService media;

    RecordWithMedia(IngestionService ingestion, InlineMediaChecker checker, MediaService media) {
        this.ingestion = ingestion;
        this.checker = checker;
        this.media = media;
    }

    IngestionOutcome ingest(StationPrincipal station, RecordJsonReader.Item item) {
        if (item.request() == null) {
            return IngestionOutcome.rejected(item.problems());
        }
        CheckedMedia checked = checker.check(item.media());
        if (checked.rejected()) {
            return IngestionOutcome.rejected(checked.problems());
        }
        IngestionOutcome outcome = ingestion.ingest(station, item.request(),
                recordId -> media.attachAll(recordId, checked.media()));
        // A resend may carry media the first delivery lacked; attaching is idempotent.
        if (outcome.status() == IngestionOutcome.Status.DUPLICATE) {
            media.attachAll(outcome.result().id(), checked.media());
        }
        return outcome;
    }
}
