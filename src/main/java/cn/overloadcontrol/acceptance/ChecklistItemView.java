package cn.overloadcontrol.acceptance;

/** A checklist template item. */
public record ChecklistItemView(long id, String title, String guidance, String checkKey, int sortOrder,
        boolean active, long version) {

    public ChecklistItemFields fields() {
        return new ChecklistItemFields(title, guidance, checkKey, sortOrder, active);
    }
}
