package cn.overloadcontrol.device.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/** Opens a local port at each setting in turn and collects what arrives during the window. */
public final class SerialSampleReader implements SampleReader {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String path;

    public SerialSampleReader(String path) {
        this.path = path;
    }

    @Override
    public byte[] read(LineSetting setting, Duration window) throws IOException {
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try (SerialLink link = new SerialLink(SerialSettings.of(path, setting.baud(), setting.format()), POLL)) {
            link.open();
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                int count = link.read(buffer);
                sample.write(buffer, 0, count);
            }
        }
        return sample.toByteArray();
    }
}
