package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames of the generic RS-485 display and voice board found at many lane exits, often driven
 * through a plate camera's RS-485 pass-through: address, protocol version 0x64, FF FF, command,
 * data length, data and CRC-16/MODBUS of everything before it, little-endian.
 */
public final class Rs485BoardFrames {

    /** Bytes per display row. */
    public static final int MAX_LINE_BYTES = 32;

    private static final int VERSION = 0x64;
    private static final int SPEAK = 0x30;
    private static final int TEXT_AND_VOICE = 0x6E;
    private static final int PLAY_NOW = 0x01;
    private static final int MAX_DATA = 255;

    // 0x6E fields per row. NOTE: the row layout (row, display mode, speed, stay time, repeat,
    // colour RGBA, length, text) and the trailing voice block follow the common 0x6E layout
    // of these boards but have not been checked on a board.
    private static final int DISPLAY_AT_ONCE = 0x00;
    private static final int SPEED = 0x01;
    private static final int STAY_SECONDS = 0x05;
    private static final int REPEAT_FOREVER = 0x00;
    private static final byte[] RED = {(byte) 0xFF, 0x00, 0x00, 0x00};
    private static final int DO_NOT_SAVE = 0x00;

    private Rs485BoardFrames() {
    }

    /**
     * Encodes a message: rows and voice with command 0x6E, or voice alone with command 0x30.
     * A row longer than {@value #MAX_LINE_BYTES} GBK bytes continues on the next row.
     *
     * @throws IllegalArgumentException when the text needs more than four rows or does not fit
     *                                  the one-byte data length
     */
    public static LedFrame encode(int address, LedMessage message) {
        checkAddress(address);
        if (message.lines().isEmpty()) {
            return speak(address, message.voice());
        }
        List<String> replaced = new ArrayList<>();
        List<byte[]> rows = rows(message.lines(), replaced);
        byte[] voice = message.voiceText().map(text -> encodeText(text, replaced)).orElse(new byte[0]);

        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(DO_NOT_SAVE);
        data.write(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            writeRow(data, row, rows.get(row));
        }
        data.write(voice.length == 0 ? 0x00 : PLAY_NOW);
        data.write(voice.length);
        data.writeBytes(voice);
        return new LedFrame(frame(address, TEXT_AND_VOICE, data.toByteArray()), replaced);
    }

    /** Encodes command 0x30, which speaks {@code text} at once. */
    public static LedFrame speak(int address, String text) {
        checkAddress(address);
        List<String> replaced = new ArrayList<>();
        byte[] voice = encodeText(text, replaced);
        byte[] data = new byte[voice.length + 1];
        data[0] = PLAY_NOW;
        System.arraycopy(voice, 0, data, 1, voice.length);
        return new LedFrame(frame(address, SPEAK, data), replaced);
    }

    private static void writeRow(ByteArrayOutputStream data, int row, byte[] text) {
        data.write(row);
        data.write(DISPLAY_AT_ONCE);
        data.write(SPEED);
        data.write(STAY_SECONDS);
        data.write(REPEAT_FOREVER);
        data.writeBytes(RED);
        data.write(text.length);
        data.writeBytes(text);
    }

    static byte[] frame(int address, int command, byte[] data) {
        if (data.length > MAX_DATA) {
            throw new IllegalArgumentException("RS-485 board data has " + data.length + " bytes, at most "
                    + MAX_DATA + " fit the one-byte length; shorten the text or the voice");
        }
        byte[] frame = new byte[data.length + 8];
        frame[0] = (byte) address;
        frame[1] = (byte) VERSION;
        frame[2] = (byte) 0xFF;
        frame[3] = (byte) 0xFF;
        frame[4] = (byte) command;
        frame[5] = (byte) data.length;
        System.arraycopy(data, 0, frame, 6, data.length);
        int crc = Crc16.modbus(frame, 0, frame.length - 2);
        frame[frame.length - 2] = (byte) crc;
        frame[frame.length - 1] = (byte) (crc >>> 8);
        return frame;
    }

    /** Splits the lines into rows of at most {@value #MAX_LINE_BYTES} bytes, breaking between characters. */
    private static List<byte[]> rows(List<String> lines, List<String> replaced) {
        List<byte[]> rows = new ArrayList<>();
        for (String line : lines) {
            ByteArrayOutputStream row = new ByteArrayOutputStream(MAX_LINE_BYTES);
            for (int codePoint : line.codePoints().toArray()) {
                byte[] character = encodeText(Character.toString(codePoint), replaced);
                if (row.size() + character.length > MAX_LINE_BYTES) {
                    rows.add(row.toByteArray());
                    row.reset();
                }
                row.writeBytes(character);
            }
            rows.add(row.toByteArray());
        }
        if (rows.size() > LedMessage.MAX_LINES) {
            throw new IllegalArgumentException("text needs " + rows.size() + " rows of at most " + MAX_LINE_BYTES
                    + " GBK bytes (a Chinese character takes 2), the RS-485 board has " + LedMessage.MAX_LINES);
        }
        return rows;
    }

    private static byte[] encodeText(String text, List<String> replaced) {
        GbkText.Encoded encoded = GbkText.encode(text);
        replaced.addAll(encoded.replaced());
        return encoded.bytes();
    }

    private static void checkAddress(int address) {
        if (address < 0 || address > 255) {
            throw new IllegalArgumentException("RS-485 board address " + address + " must be 0 to 255");
        }
    }
}
