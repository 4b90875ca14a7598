/**
 * Transports of the indicator byte stream: local serial ports through jSerialComm and raw TCP to
 * a serial device server, one reader thread per link with a watchdog that reopens a silent link
 * ({@link cn.overloadcontrol.device.transport.IndicatorConnection}), and auto-detection of an
 * unknown indicator's line settings and protocol
 * ({@link cn.overloadcontrol.device.transport.AutoDetector}).
 */
package cn.overloadcontrol.device.transport;
