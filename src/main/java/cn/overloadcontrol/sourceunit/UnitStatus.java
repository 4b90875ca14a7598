package cn.overloadcontrol.sourceunit;

/** Operating status of a source unit; every change is kept with its date and reason. */
public enum UnitStatus {
    /** 在营 */
    OPERATING,
    /** 停产 */
    SUSPENDED,
    /** 关闭 */
    CLOSED,
    /** 注销 */
    DEREGISTERED;

    public String messageKey() {
        return "unit.status." + name();
    }
}
