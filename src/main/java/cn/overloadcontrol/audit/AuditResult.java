package cn.overloadcontrol.audit;

public enum AuditResult {
    SUCCESS,
    FAILURE
}
