package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.LedFrame;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Builds Onbon BX-5K/6K frames that show text in a dynamic area (command A3 06). Dynamic areas
 * live in RAM only: writing a program to flash for every truck would wear the flash out.
 *
 * <p>A frame is eight A5 bytes, the escaped packet (14-byte header, data, CRC-16/ARC of header
 * and data, little-endian) and 5A. Lengths and CRC are computed on the unescaped bytes.
 */
public final class OnbonFrames {

    static final int PREAMBLE = 0xA5;
    static final int END = 0x5A;
    static final int HEADER_LENGTH = 14;

    private static final int PREAMBLE_LENGTH = 8;
    private static final int SOURCE_ADDRESS = 0x8000;
    private static final int DEVICE_TYPE_ANY = 0xFE;
    private static final int PROTOCOL_VERSION = 0x02;
    private static final int PIXEL_UNITS = 0x8000;

    // Dynamic-area settings of the vendor's example, which shows the text at once and keeps it.
    private static final int REPLY_REQUESTED = 0x01;
    private static final int TIMEOUT_SECONDS = 10;
    private static final int MULTI_LINE = 0x02;
    private static final int MANUAL_LINE_BREAKS = 0x01;
    private static final int DISPLAY_STATIC = 0x01;
    private static final int SPEED = 0x02;
    /** Stay time in units of 0.5 s. */
    private static final int STAY_TIME = 0x0A;

    private OnbonFrames() {
    }

    /** Encodes the lines of a message, joined by the area's line separator, as one frame. */
    public static LedFrame showText(OnbonArea area, List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an Onbon card shows text only: the message has no lines");
        }
        GbkText.Encoded text = GbkText.encode(String.join(area.lineSeparator(), lines));
        byte[] data = dynamicAreaData(area, text.bytes());
        return new LedFrame(frame(area.address(), data), text.replaced());
    }

    /** Wraps a packet's data in the header, CRC, escaping, preamble and end byte. */
    static byte[] frame(int destination, byte[] data) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream(HEADER_LENGTH + data.length + 2);
        writeShort(packet, destination);
        writeShort(packet, SOURCE_ADDRESS);
        packet.write(0); // reserved
        packet.write(0);
        packet.write(0);
        packet.write(0); // bar-code option: none
        packet.write(0); // check mode: CRC-16
        packet.write(0); // display mode
        packet.write(DEVICE_TYPE_ANY);
        packet.write(PROTOCOL_VERSION);
        writeShort(packet, data.length);
        packet.writeBytes(data);
        byte[] unescaped = packet.toByteArray();
        int crc = Crc16.arc(unescaped, 0, unescaped.length);

        ByteArrayOutputStream frame = new ByteArrayOutputStream(unescaped.length * 2 + PREAMBLE_LENGTH + 3);
        for (int i = 0; i < PREAMBLE_LENGTH; i++) {
            frame.write(PREAMBLE);
        }
        for (byte b : unescaped) {
            writeEscaped(frame, b & 0xFF);
        }
        writeEscaped(frame, crc & 0xFF);
        writeEscaped(frame, crc >>> 8);
        frame.write(END);
        return frame.toByteArray();
    }

    private static byte[] dynamicAreaData(OnbonArea area, byte[] text) {
        byte[] areaData = areaData(area, text);
        ByteArrayOutputStream data = new ByteArrayOutputStream(areaData.length + 9);
        data.write(0xA3); // command group: dynamic area
        data.write(0x06); // command: send dynamic area data
        data.write(REPLY_REQUESTED);
        data.write(0); // reserved
        data.write(0);
        data.write(0); // number of areas to delete
        data.write(1); // number of areas that follow
        writeShort(data, areaData.length);
        data.writeBytes(areaData);
        return data.toByteArray();
    }

    private static byte[] areaData(OnbonArea area, byte[] text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(text.length + 27);
        data.write(0); // area type
        writeShort(data, PIXEL_UNITS); // X = 0 in pixel units
        writeShort(data, 0); // Y in pixels
        writeShort(data, PIXEL_UNITS | area.width());
        writeShort(data, area.height());
        data.write(area.areaId());
        data.write(0); // line spacing
        data.write(0); // run mode: loop the text
        writeShort(data, TIMEOUT_SECONDS);
        data.write(0); // sound mode: none
        data.write(0); // extension length
        data.write(0); // alignment
        data.write(MULTI_LINE);
        data.write(MANUAL_LINE_BREAKS);
        data.write(DISPLAY_STATIC);
        data.write(0); // exit mode
        data.write(SPEED);
        data.write(STAY_TIME);
        writeInt(data, text.length);
        data.writeBytes(text);
        return data.toByteArray();
    }

    /** Escapes the bytes that would otherwise read as preamble (A5) or end (5A). */
    private static void writeEscaped(ByteArrayOutputStream out, int b) {
        switch (b) {
            case 0xA5 -> { out.write(0xA6); out.write(0x02); }
            case 0xA6 -> { out.write(0xA6); out.write(0x01); }
            case 0x5A -> { out.write(0x5B); out.write(0x02); }
            case 0x5B -> { out.write(0x5B); out.write(0x01); }
            default -> out.write(b);
        }
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        writeShort(out, value & 0xFFFF);
        writeShort(out, value >>> 16);
    }
}
