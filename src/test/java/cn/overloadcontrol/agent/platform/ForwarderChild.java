package cn.overloadcontrol.agent.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;

/**
 * A station forwarder alone in its own JVM, for the kill test: it sends the journal in the data
 * folder given as the only argument to the platform of the credential stored there, until killed.
 */
public final class ForwarderChild {

    /** Small batches, so that a kill lands between or inside requests rather than after the last. */
    static final int BATCH_SIZE = 10;

    private ForwarderChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        Journal journal = Journal.open(folder, clock);
        ForwarderSettings settings = new ForwarderSettings(BATCH_SIZE, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofMillis(100));
        Forwarder forwarder = new Forwarder(journal, DeliveryCursor.open(folder), new CredentialStore(folder),
                new PlatformClient(clock), settings, clock);
        forwarder.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
