package cn.overloadcontrol.agent.platform;

import tools.jackson.databind.JsonNode;

/**
 * Carries out one kind of command that the platform queued for this station, such as a camera
 * snapshot for the installer's preview or a test text on the LED board. The command poller
 * picks the handler by {@link #kind()} and reports the outcome back to the platform.
 */
public interface StationCommandHandler {

    /** The command kind this handler serves, for example {@code CAMERA_SNAPSHOT} or {@code LED_TEST}. */
    String kind();

    /**
     * Carries out {@code command} (the platform's JSON, with {@code id}, {@code kind} and the
     * kind's fields) and returns its outcome; a device failure is an outcome, not an exception.
     *
     * @throws InterruptedException when the station is stopping
     */
    CommandOutcome handle(JsonNode command) throws InterruptedException;
}
