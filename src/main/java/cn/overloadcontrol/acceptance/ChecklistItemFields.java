package cn.overloadcontrol.acceptance;

/**
 * The editable fields of a checklist template item, already trimmed.
 *
 * @param checkKey  the automatic check that fills the item, or {@code null} for a manual item
 * @param sortOrder position in the checklist, smaller first
 * @param active    inactive items are kept for past acceptances but not copied into new ones
 */
public record ChecklistItemFields(String title, String guidance, String checkKey, Integer sortOrder,
        boolean active) {
}
