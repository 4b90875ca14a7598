package cn.overloadcontrol.sourceunit;

/** The editable dictionaries of the ledger. */
public enum DictionaryKind {
    /** 单位类型: 煤矿, 洗煤厂, 焦化厂 … */
    UNIT_TYPE,
    /** 监管方式 */
    SUPERVISION_MODE
}
