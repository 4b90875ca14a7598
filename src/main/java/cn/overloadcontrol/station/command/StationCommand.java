package cn.overloadcontrol.station.command;

import java.time.Duration;
import java.time.Instant;

/**
 * A command queued for a station and what became of it.
 *
 * @param deviceId    the camera id for a snapshot, the board id for an LED test
 * @param text        the test text of an LED test, else {@code null}
 * @param done        the station's outcome, {@code null} until answered
 * @param message     the station's Chinese message, {@code null} until answered
 * @param imageSha256 the SHA-256 of the snapshot the station returned, or {@code null}
 */
public record StationCommand(long id, long stationId, Kind kind, String deviceId, String text, Status status,
        Instant createdAt, String createdBy, Instant sentAt, Instant answeredAt, Boolean done, String message,
        String imageSha256) {

    /** A command not handed out within this time expires; one not answered within it is shown as unanswered. */
    public static final Duration EXPIRY = Duration.ofMinutes(2);

    /** What the station is asked to do. */
    public enum Kind { CAMERA_SNAPSHOT, LED_TEST }

    /** Where the command is in its life. */
    public enum Status { QUEUED, SENT, ANSWERED, EXPIRED }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /** Returns whether the installer should stop waiting: no answer {@link #EXPIRY} after it was queued. */
    public boolean unansweredAt(Instant now) {
        return status == Status.EXPIRED || (!answered() && !now.isBefore(createdAt.plus(EXPIRY)));
    }
}
