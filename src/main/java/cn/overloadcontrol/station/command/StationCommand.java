package cn.overloadcontrol.station.command;

import java.time.Duration;
import java.time.Instant;

/**
 * A command queued for a station and what became of it.
 *
 * @param deviceId    the camera id for a snapshot, the board id for an LED test
 * @param text        the test text of an LED test, else {@code null}
 * @param done        the station's outcome, {@code null} until the station reports a result
 * @param message     the station's Chinese message, {@code null} until the station reports a result
 * @param imageSha256 the SHA-256 of the snapshot the station returned, or {@code null}
 */
public record StationCommand(long id, long stationId, Kind kind, String deviceId, String text, Status status,
        Instant createdAt, String createdBy, Instant sentAt, Instant answeredAt, Boolean done, String message,
        String imageSha256) {

    /**
     * Time limit of a command: one not handed out within it expires, and one without a result
     * within it counts as unanswered.
     */
    public static final Duration EXPIRY = Duration.ofMinutes(2);

    /** The device action requested of the station. */
    public enum Kind { CAMERA_SNAPSHOT, LED_TEST }

    /** The stage of the command, from queued to answered or expired. */
    public enum Status { QUEUED, SENT, ANSWERED, EXPIRED }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /** Returns whether the installer should stop waiting, because no result came within {@link #EXPIRY}. */
    public boolean unansweredAt(Instant now) {
        return status == Status.EXPIRED || (!answered() && !now.isBefore(createdAt.plus(EXPIRY)));
    }
}
