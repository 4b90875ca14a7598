package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An acceptance with its items and the rectification tasks it created or checks again.
 *
 * @param previousId    the failed acceptance a re-inspection follows, or {@code null}
 * @param periodFrom    start of the test period the automatic items were last evaluated over, or {@code null}
 */
public record AcceptanceView(long id, long unitId, String unitName, String creditCode, String areaName,
        AcceptanceKind kind, Long previousId, LocalDate scheduledOn, String inspectors, String notes,
        AcceptanceStatus status, OffsetDateTime periodFrom, OffsetDateTime periodTo, OffsetDateTime concludedAt,
        String concludedBy, String conclusionNotes, String createdBy, OffsetDateTime createdAt, long version,
        List<AcceptanceItemView> items, List<RectificationView> rectifications) {

    public AcceptanceView {
        items = List.copyOf(items);
        rectifications = List.copyOf(rectifications);
    }

    public boolean open() {
        return status == AcceptanceStatus.SCHEDULED;
    }

    public long undecidedItems() {
        return items.stream().filter(item -> !item.outcome().decided()).count();
    }

    public long failedItems() {
        return items.stream().filter(item -> item.outcome() == ItemOutcome.FAILED).count();
    }
}
