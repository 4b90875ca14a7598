package cn.overloadcontrol.weighing.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

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
        IngestionOutcome outcome = ingestion.ingest(station, item.request(), attacher(checked));
        // A resend may carry media the first delivery lacked; attaching is idempotent.
        if (outcome.status() == IngestionOutcome.Status.DUPLICATE) {
            attacher(checked).accept(outcome.result().id());
        }
        return outcome;
    }

    /**
     * Ingests the items of a batch, each with its own media, with one outcome per item in the
     * same order. An item without a readable record or with bad media is rejected on its own.
     */
    List<IngestionOutcome> ingestAll(StationPrincipal station, List<RecordJsonReader.Item> items) {
        IngestionOutcome[] outcomes = new IngestionOutcome[items.size()];
        List<Integer> submitted = new ArrayList<>();
        List<IngestionService.Submission> submissions = new ArrayList<>();
        List<CheckedMedia> checkedMedia = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            RecordJsonReader.Item item = items.get(index);
            if (item.request() == null) {
                outcomes[index] = IngestionOutcome.rejected(item.problems());
                continue;
            }
            CheckedMedia checked = checker.check(item.media());
            if (checked.rejected()) {
                outcomes[index] = IngestionOutcome.rejected(checked.problems());
                continue;
            }
            submitted.add(index);
            checkedMedia.add(checked);
            submissions.add(new IngestionService.Submission(item.request(), attacher(checked)));
        }

        List<IngestionOutcome> ingested = submissions.isEmpty() ? List.of()
                : ingestion.ingestAll(station, submissions);
        for (int i = 0; i < ingested.size(); i++) {
            IngestionOutcome outcome = ingested.get(i);
            // A resend may carry media the first delivery lacked; attaching is idempotent.
            if (outcome.status() == IngestionOutcome.Status.DUPLICATE) {
                attacher(checkedMedia.get(i)).accept(outcome.result().id());
            }
            outcomes[submitted.get(i)] = outcome;
        }
        return List.of(outcomes);
    }

    /**
     * Returns what attaches the checked media to a record id. Most records come without inline
     * media, and for them it does nothing, not even enter the media service's transaction.
     */
    private LongConsumer attacher(CheckedMedia checked) {
        if (checked.media().isEmpty()) {
            return IngestionService.NOTHING_ON_STORE;
        }
        return recordId -> media.attachAll(recordId, checked.media());
    }
}
