package cn.overloadcontrol.station;

/** Published synchronously inside the transaction that creates or edits a weigh station. */
public record StationListChanged(long stationId) {
}
