/**
 * Station-side devices. The indicator part turns the byte stream of a weighing indicator
 * (称重仪表), read from a serial port or a serial device server, into weight readings and
 * rejected frames: {@link cn.overloadcontrol.device.IndicatorProtocol} creates one
 * {@link cn.overloadcontrol.device.IndicatorFramer} per device.
 */
package cn.overloadcontrol.device;
