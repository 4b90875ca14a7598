package cn.overloadcontrol.weighing.ingest;

import cn.overloadcontrol.weighing.Verdict;

/**
 * The stored 超限 verdict of a record: the limit engine's verdict, or UNKNOWN when no limit could
 * be derived (axle count unknown, or no row of the table fits the vehicle). Stored by name.
 */
public enum RecordVerdict {
    COMPLIANT,
    OVER_LIMIT_WARNING,
    OVER_LIMIT,
    UNKNOWN;

    static RecordVerdict of(Verdict verdict) {
        return valueOf(verdict.name());
    }
}
