package cn.overloadcontrol.weighing.ingest;

/** A line of the review list: the masked record row and where it was weighed. */
public record RecordListItem(RecordRow row, long stationId, long unitId, long areaId) {
}
