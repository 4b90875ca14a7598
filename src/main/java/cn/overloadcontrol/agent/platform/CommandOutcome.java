package cn.overloadcontrol.agent.platform;

/**
 * The result of one station command.
 *
 * @param done    true when the device did what was asked
 * @param message a short Chinese text for the installer's screen, such as why the camera failed
 * @param image   a JPEG picture for a snapshot command, or {@code null}
 */
public record CommandOutcome(boolean done, String message, byte[] image) {

    public static CommandOutcome done(String message) {
        return new CommandOutcome(true, message, null);
    }

    public static CommandOutcome failed(String message) {
        return new CommandOutcome(false, message, null);
    }
}
