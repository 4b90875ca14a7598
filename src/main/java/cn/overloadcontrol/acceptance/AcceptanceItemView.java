package cn.overloadcontrol.acceptance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One checklist item of an acceptance.
 *
 * @param checkKey        the automatic check that fills it, or {@code null} for a manual item
 * @param measured        what the automatic check measured, in words
 * @param rectificationId the rectification task a re-inspection item checks again, or {@code null}
 */
public record AcceptanceItemView(long id, int position, String title, String guidance, String checkKey,
        ItemOutcome outcome, String measured, String notes, String recordedBy, OffsetDateTime recordedAt,
        Long rectificationId, List<PhotoView> photos) {

    public AcceptanceItemView {
        photos = List.copyOf(photos);
    }

    public boolean automatic() {
        return checkKey != null;
    }

    /**
     * Returns whether an inspector decided the item: a manual item, or an automatic one recorded
     * by hand after it found no data (待核). Screen and reports call such items 人工.
     */
    public boolean decidedByHand() {
        return !automatic() || recordedBy != null;
    }

    /** Returns whether an inspector may record this item: a manual item, or an automatic one that found no data. */
    public boolean recordable() {
        return !automatic() || outcome == ItemOutcome.TO_REVIEW || recordedBy != null;
    }

    AcceptanceItemView withPhotos(List<PhotoView> newPhotos) {
        return new AcceptanceItemView(id, position, title, guidance, checkKey, outcome, measured, notes, recordedBy,
                recordedAt, rectificationId, newPhotos);
    }
}
