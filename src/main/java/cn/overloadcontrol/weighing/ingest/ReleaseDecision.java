package cn.overloadcontrol.weighing.ingest;

/** What the source unit did with the truck after weighing it. Stored by name. */
public enum ReleaseDecision {
    /** 放行. */
    RELEASE,
    /** 卸载后复磅: unload the excess and weigh again. */
    UNLOAD_AND_REWEIGH,
    /** 拦截: held at the site. */
    HOLD
}
