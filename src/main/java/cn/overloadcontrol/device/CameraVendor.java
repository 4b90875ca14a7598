package cn.overloadcontrol.device;

/** Plate-recognition camera families whose HTTP pushes the station parses. */
public enum CameraVendor {
    /** Hikvision ISAPI ANPR: multipart/form-data with an XML part and JPEG parts. */
    HIKVISION,
    /** Dahua ITSAPI: JSON to /NotificationInfo/TollgateInfo, heartbeats to /NotificationInfo/KeepAlive. */
    DAHUA,
    /** Vzenith (臻识): JSON AlarmInfoPlate; the reply opens the barrier and can carry RS-485 bytes. */
    VZENITH
}
