package cn.overloadcontrol.weighing.api;

import java.util.List;

/** The response to a batch: counts by status and one result per record, in the order sent. */
record BatchResponse(int total, long created, long duplicates, long conflicts, long rejected,
        List<BatchItemResult> results) {
}
