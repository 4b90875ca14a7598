/**
 * Station-side devices. The indicator part turns the byte stream of a weighing indicator
 * (称重仪表), read from a serial port or a serial device server, into weight readings and
 * rejected frames: {@link cn.overloadcontrol.device.IndicatorProtocol} creates one
 * {@link cn.overloadcontrol.device.IndicatorFramer} per device.
 * {@link cn.overloadcontrol.device.IndicatorLinks} starts one reader per port or serial device
 * server and reports its health through {@link cn.overloadcontrol.device.IndicatorHealthListener}.
 *
 * <p>The LED part shows weighing results at the lane exit: {@link cn.overloadcontrol.device.LedTemplate}
 * turns a result into a {@link cn.overloadcontrol.device.LedMessage},
 * {@link cn.overloadcontrol.device.LedDisplays} creates the {@link cn.overloadcontrol.device.LedDisplay}
 * of an Onbon BX-5K/6K card or a generic RS-485 board, and
 * {@link cn.overloadcontrol.device.LedProtocol} encodes frames without sending them.
 *
 * <p>The camera part parses plate-camera pushes: {@link cn.overloadcontrol.device.PlateCameraPushes}
 * turns Hikvision, Dahua and Vzenith bodies into {@link cn.overloadcontrol.device.PlateEvent}s or
 * heartbeats, {@link cn.overloadcontrol.device.CameraAllowList} checks the sender,
 * {@link cn.overloadcontrol.device.PlateEventDeduplicator} merges repeated reads and
 * {@link cn.overloadcontrol.device.PlateMatcher} picks the read that belongs to a passage.
 *
 * <p>The RTSP part grabs evidence from lane cameras: {@link cn.overloadcontrol.device.CameraCaptures}
 * creates a {@link cn.overloadcontrol.device.CameraCapture} (javacv's FFmpeg grabber, or a simulated
 * camera for demos) that takes key-frame snapshots and MP4 clips within a deadline and reports each
 * camera's state through {@link cn.overloadcontrol.device.CameraHealthListener}.
 * {@link cn.overloadcontrol.device.PassageCameras} grabs from all cameras of a lane at once and
 * returns {@link cn.overloadcontrol.device.PassageEvidence}, flagged as photo missing when a camera failed.
 */
package cn.overloadcontrol.device;
