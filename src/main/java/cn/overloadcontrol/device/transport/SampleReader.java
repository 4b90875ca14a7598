package cn.overloadcontrol.device.transport;

import java.io.IOException;
import java.time.Duration;

/** Reads what a port sends during a short window at one line setting; faked in tests. */
@FunctionalInterface
public interface SampleReader {

    byte[] read(LineSetting setting, Duration window) throws IOException;
}
