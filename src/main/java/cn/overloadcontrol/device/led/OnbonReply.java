package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.HexBytes;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A reply of an Onbon card: {@code A0 00} acknowledges, {@code A0 01 <code>} rejects with an
 * error code (5 CRC error, 3 busy, 12 font missing).
 *
 * @param acknowledged whether the card accepted the command
 * @param errorCode    the error code of a rejection, 0 for an acknowledgement
 */
public record OnbonReply(boolean acknowledged, int errorCode) {

    public static final int ERROR_CRC = 5;
    public static final int ERROR_BUSY = 3;
    public static final int ERROR_FONT_MISSING = 12;

    private static final int REPLY_GROUP = 0xA0;
    private static final int ACK = 0x00;
    private static final int NACK = 0x01;

    /**
     * Parses one reply frame: any number of A5 bytes (the vendor's cards send nine), the escaped
     * packet and 5A.
     *
     * @throws IllegalArgumentException naming what is wrong: no end byte, a broken escape, a
     *                                  length or CRC mismatch, or data that is not a reply
     */
    public static OnbonReply parse(byte[] frame) {
        int start = 0;
        while (start < frame.length && (frame[start] & 0xFF) == OnbonFrames.PREAMBLE) {
            start++;
        }
        if (start == 0) {
            throw invalid(frame, "it does not start with A5");
        }
        int end = indexOf(frame, OnbonFrames.END, start);
        if (end < 0) {
            throw invalid(frame, "it has no end byte 5A");
        }
        byte[] packet = unescape(frame, start, end);
        checkLengthAndCrc(frame, packet);
        return fromData(frame, Arrays.copyOfRange(packet, OnbonFrames.HEADER_LENGTH, packet.length - 2));
    }

    private static void checkLengthAndCrc(byte[] frame, byte[] packet) {
        if (packet.length < OnbonFrames.HEADER_LENGTH + 2) {
            throw invalid(frame, "the packet has " + packet.length + " bytes, shorter than header and CRC");
        }
        int dataLength = (packet[12] & 0xFF) | (packet[13] & 0xFF) << 8;
        int actual = packet.length - OnbonFrames.HEADER_LENGTH - 2;
        if (dataLength != actual) {
            throw invalid(frame, "the header gives " + dataLength + " data bytes but " + actual + " follow");
        }
        int expected = Crc16.arc(packet, 0, packet.length - 2);
        int received = (packet[packet.length - 2] & 0xFF) | (packet[packet.length - 1] & 0xFF) << 8;
        if (expected != received) {
            throw invalid(frame, String.format("CRC %04X does not match the computed %04X", received, expected));
        }
    }

    private static OnbonReply fromData(byte[] frame, byte[] data) {
        if (data.length < 2 || (data[0] & 0xFF) != REPLY_GROUP) {
            throw invalid(frame, "the data does not start with A0");
        }
        if ((data[1] & 0xFF) == ACK) {
            return new OnbonReply(true, 0);
        }
        if ((data[1] & 0xFF) == NACK && data.length >= 3) {
            return new OnbonReply(false, data[2] & 0xFF);
        }
        throw invalid(frame, String.format("A0 %02X is neither ACK (A0 00) nor NACK (A0 01 <code>)", data[1] & 0xFF));
    }

    /** Undoes the A6 and 5B escapes between {@code start} and {@code end}, for replies and requests alike. */
    static byte[] unescape(byte[] frame, int start, int end) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            int b = frame[i] & 0xFF;
            if (b != 0xA6 && b != 0x5B) {
                packet.write(b);
                continue;
            }
            int position = i;
            int next = i + 1 < end ? frame[++i] & 0xFF : -1;
            if (next == 0x01) {
                packet.write(b);
            } else if (next == 0x02) {
                packet.write(b == 0xA6 ? 0xA5 : 0x5A);
            } else {
                throw invalid(frame, String.format("escape %02X at byte %d is not followed by 01 or 02", b, position));
            }
        }
        return packet.toByteArray();
    }

    private static int indexOf(byte[] bytes, int value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == value) {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException invalid(byte[] frame, String problem) {
        return new IllegalArgumentException("invalid Onbon reply " + HexBytes.format(frame) + ": " + problem);
    }
}
