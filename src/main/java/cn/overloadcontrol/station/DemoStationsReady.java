package cn.overloadcontrol.station;

/**
 * Published on every start of the demo profile once the demo stations exist, so that the
 * weighing module can keep recent records for the station whose unit is ready for acceptance.
 */
public record DemoStationsReady(long readyStationId, String readyStationCode) {
}
