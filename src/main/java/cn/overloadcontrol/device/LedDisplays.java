package cn.overloadcontrol.device;

import cn.overloadcontrol.device.led.OnbonArea;
import cn.overloadcontrol.device.led.OnbonCardServer;
import cn.overloadcontrol.device.led.OnbonClient;
import cn.overloadcontrol.device.led.Rs485Board;
import cn.overloadcontrol.device.led.SimulatedLedDisplay;
import java.io.IOException;
import java.time.Duration;

/** Creates LED board drivers for other modules, which may not use the led subpackage. */
public final class LedDisplays {

    private LedDisplays() {
    }

    /**
     * An Onbon BX-5K/6K card over TCP showing the text in dynamic area 0 of a
     * {@code width} × {@code height} screen.
     *
     * @param replyTimeout wait for the card's reply before reconnecting and resending
     * @param maxAttempts  sends of one message, counting resends after NACK 5 and reconnects
     * @throws IllegalArgumentException naming an invalid port, screen size or attempt count
     */
    public static LedDisplay onbon(String host, int port, int width, int height, Duration connectTimeout,
                                   Duration replyTimeout, int maxAttempts) {
        return new OnbonClient(OnbonArea.screen(width, height), host, port, connectTimeout, replyTimeout,
                maxAttempts);
    }

    /** Creates the driver of an RS-485 board behind a serial device server (raw TCP). */
    public static LedDisplay rs485OverTcp(String host, int port, int address, Duration connectTimeout,
                                          int maxAttempts) {
        return Rs485Board.tcp(host, port, connectTimeout, address, maxAttempts);
    }

    /**
     * Creates a board without hardware for demos and tests: it encodes and logs each frame, and
     * rejects a text that does not fit as the real board's driver would.
     */
    public static LedDisplay simulated(LedProtocol protocol, int width, int height) {
        return new SimulatedLedDisplay(protocol, width, height);
    }

    /** Creates the driver of an RS-485 board on a local serial port, for example {@code /dev/ttyUSB1}, 9600, {@code 8N1}. */
    public static LedDisplay rs485OverSerial(String path, int baud, String format, int address, int maxAttempts) {
        return Rs485Board.serial(path, baud, format, address, maxAttempts);
    }

    /**
     * Starts an emulated Onbon BX-5K/6K card on a free port of 127.0.0.1. It parses each frame
     * (escapes, length, CRC-16/ARC, dynamic-area command A3 06), acknowledges it or answers
     * NACK 5 for a CRC error, and keeps the text it would show.
     *
     * @throws IOException when no loopback port can be opened
     */
    public static LedCardSimulator startOnbonCardSimulator() throws IOException {
        return OnbonCardServer.start();
    }
}
