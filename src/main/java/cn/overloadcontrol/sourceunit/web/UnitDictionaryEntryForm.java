package cn.overloadcontrol.sourceunit.web;

import cn.overloadcontrol.sourceunit.DictionaryKind;

/** The add and rename form of a dictionary entry; the code is only typed when adding. */
public class UnitDictionaryEntryForm {

    private DictionaryKind kind;
    private String code;
    private String label;

    public DictionaryKind getKind() {
        return kind;
    }

    public void setKind(DictionaryKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
