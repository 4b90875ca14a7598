package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.weighing.review.NewReviewItem;
import cn.overloadcontrol.weighing.review.ReviewItems;
import cn.overloadcontrol.weighing.review.ReviewKind;
import org.springframework.stereotype.Component;

/**
 * Puts a newly stored record on the officers' queue when it shows an illegal release (超限 and
 * 放行) or carries a flag that makes it suspicious. Runs inside the storing transaction, so a
 * stored record never misses its queue item.
 */
@Component
class ViolationDetector {

    /** Flags that need an officer's eye; the others are configuration matters for installers. */
    static final Set<RecordFlag> SUSPICIOUS_FLAGS = EnumSet.of(RecordFlag.NO_READABLE_PLATE,
            RecordFlag.PLATE_INVALID, RecordFlag.PLATE_MISMATCH, RecordFlag.AXLE_COUNT_UNKNOWN);

    private final ReviewItems queue;

    ViolationDetector(ReviewItems queue) {
        this.queue = queue;
    }

    void inspect(long recordId, StationProfile station, RecordContent content, RecordJudgement judgement) {
        queue.raiseAll(itemsFor(recordId, station, content, judgement));
    }

    /** Puts items on the queue that {@link #itemsFor} returned for several records, with one JDBC batch. */
    void raiseAll(List<NewReviewItem> items) {
        queue.raiseAll(items);
    }

    /** Returns the queue items that a newly stored record needs, none for most records. */
    List<NewReviewItem> itemsFor(long recordId, StationProfile station, RecordContent content,
            RecordJudgement judgement) {
        List<NewReviewItem> items = new ArrayList<>();
        if (isOverLimit(judgement.verdict()) && content.releaseDecision() == ReleaseDecision.RELEASE) {
            items.add(item(recordId, station, content, ReviewKind.ILLEGAL_RELEASE,
                    judgement.verdict().name(), judgement.excessKg()));
        }
        List<RecordFlag> suspicious = judgement.flags().stream().filter(SUSPICIOUS_FLAGS::contains).toList();
        if (!suspicious.isEmpty()) {
            items.add(item(recordId, station, content, ReviewKind.SUSPICIOUS,
                    suspicious.stream().map(Enum::name).collect(Collectors.joining(",")), null));
        }
        return items;
    }

    /** Both OVER_LIMIT and OVER_LIMIT_WARNING are 超限; the warning only marks a small excess. */
    static boolean isOverLimit(RecordVerdict verdict) {
        return verdict == RecordVerdict.OVER_LIMIT || verdict == RecordVerdict.OVER_LIMIT_WARNING;
    }

    private static NewReviewItem item(long recordId, StationProfile station, RecordContent content, ReviewKind kind,
            String detail, Integer excessKg) {
        return new NewReviewItem(recordId, content.weighedAt(), kind, station.stationId(), station.unitId(),
                station.areaId(), content.plateNumber(), detail, excessKg);
    }
}
