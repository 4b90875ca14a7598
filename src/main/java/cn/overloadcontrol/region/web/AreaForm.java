package cn.overloadcontrol.region.web;

import cn.overloadcontrol.region.AreaFields;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;

/** The add and edit form of an area. Rules are checked by the service, which names each field. */
public class AreaForm {

    private String code;
    private String name;
    private AreaKind kind;
    private Integer sortOrder;
    /** The version the user started editing from; empty on the add form. */
    private Long version;

    static AreaForm of(AreaView area, long version) {
        AreaForm form = new AreaForm();
        form.code = area.code();
        form.name = area.name();
        form.kind = area.kind();
        form.sortOrder = area.sortOrder();
        form.version = version;
        return form;
    }

    AreaFields toFields() {
        return new AreaFields(code, name, kind, sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AreaKind getKind() {
        return kind;
    }

    public void setKind(AreaKind kind) {
        this.kind = kind;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
