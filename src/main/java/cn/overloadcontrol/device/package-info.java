/**
 * Station-side devices. The indicator part turns the byte stream of a weighing indicator
 * (称重仪表), read from a serial port or a serial device server, into weight readings and
 * rejected frames: {@link cn.overloadcontrol.device.IndicatorProtocol} creates one
 * {@link cn.overloadcontrol.device.IndicatorFramer} per device.
 * {@link cn.overloadcontrol.device.IndicatorLinks} starts one reader per port or serial device
 * server and reports its health through {@link cn.overloadcontrol.device.IndicatorHealthListener}.
 */
package cn.overloadcontrol.device;
