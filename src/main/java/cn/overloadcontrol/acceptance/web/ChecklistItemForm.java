package cn.overloadcontrol.acceptance.web;

import cn.overloadcontrol.acceptance.ChecklistItemFields;
import cn.overloadcontrol.acceptance.ChecklistItemView;

/** The checklist template item form; an empty check key makes a manual item. */
public class ChecklistItemForm {

    private String title;
    private String guidance;
    private String checkKey;
    private Integer sortOrder;
    private boolean active = true;
    private long version;

    static ChecklistItemForm of(ChecklistItemView item) {
        ChecklistItemForm form = new ChecklistItemForm();
        form.title = item.title();
        form.guidance = item.guidance();
        form.checkKey = item.checkKey();
        form.sortOrder = item.sortOrder();
        form.active = item.active();
        form.version = item.version();
        return form;
    }

    ChecklistItemFields toFields() {
        return new ChecklistItemFields(ScheduleForm.trim(title), ScheduleForm.trim(guidance),
                ScheduleForm.trim(checkKey), sortOrder, active);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public String getCheckKey() {
        return checkKey;
    }

    public void setCheckKey(String checkKey) {
        this.checkKey = checkKey;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
