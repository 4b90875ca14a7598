package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rectification task (整改) created by a failed checklist item or a failed sampling result.
 *
 * @param acceptanceId         the acceptance whose item failed, or {@code null} for a sampling result
 * @param itemId               the failed checklist item, or {@code null} for a sampling result
 * @param samplingDrawId       the sampling draw whose result failed, or {@code null}
 * @param requirement          what the inspector found, to be fixed
 * @param closedByAcceptanceId the re-inspection that closed it, or {@code null} while open
 */
public record RectificationView(long id, long unitId, String unitName, Long acceptanceId, Long itemId,
        Long samplingDrawId, String title, String requirement, LocalDate deadline, RectificationStatus status,
        Long closedByAcceptanceId, OffsetDateTime closedAt) {

    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && deadline.isBefore(today);
    }
}
