package cn.overloadcontrol.device;

/** Health of the link to one weighing indicator, as the station reports it to the platform. */
public enum IndicatorLinkState {
    /** The port or socket is open and no valid frame has arrived yet. */
    CONNECTING,
    /** Valid frames arrive within the watchdog time. */
    ONLINE,
    /** No valid frame within the watchdog time, or the port could not be opened: reopening with backoff. */
    OFFLINE,
    /** Closed on shutdown. */
    STOPPED
}
