package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.WeightKind;

/**
 * Mettler Toledo continuous output: STX, status A, B and C, 6 weight digits, 6 tare digits
 * (leading zeros sent as spaces, no sign, no point), CR, and a checksum byte unless switched off.
 * Status A bits 0-2 place the decimal point and bits 3-4 give the increment (1, 2 or 5). Status
 * B bit 0 is net, bit 1 negative, bit 2 out of range and bit 3 motion.
 *
 * <p>Every byte is masked to 7 bits before framing, because many of these devices run 7E1 and a
 * port opened as 8N1 delivers the parity bit as bit 7. Raw bytes in results are the masked bytes.
 */
final class ToledoFormat implements FrameFormat {

    static final int LENGTH_WITHOUT_CHECKSUM = 17;
    static final int LENGTH_WITH_CHECKSUM = 18;
    private static final int CR_INDEX = 16;
    private static final int[] INCREMENTS = {0, 1, 2, 5};

    private final ToledoSettings settings;
    /** In checksum auto mode, whether the last frame carried a checksum, or null before the first frame. */
    private ToledoSettings.ChecksumMode detected;

    ToledoFormat(ToledoSettings settings) {
        this.settings = settings;
    }

    @Override
    public byte normalize(byte received) {
        return (byte) (received & 0x7F);
    }

    @Override
    public int findStart(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == Checksums.STX) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Cut cut(byte[] buffer, int start, int available, boolean endOfStream) {
        // Status bytes in known frames have bit 5 set, and digits and spaces are printable, so STX
        // or CR before the CR position means the frame was cut short.
        int inspected = Math.min(available, LENGTH_WITHOUT_CHECKSUM);
        for (int i = 1; i < inspected; i++) {
            byte b = buffer[start + i];
            if (b == Checksums.STX) {
                return Cut.broken(i);
            }
            if (b == Checksums.CR && i < CR_INDEX) {
                return Cut.broken(i + 1);
            }
        }
        if (available < LENGTH_WITHOUT_CHECKSUM) {
            return Cut.needMore();
        }
        if (buffer[start + CR_INDEX] != Checksums.CR) {
            return Cut.broken(LENGTH_WITHOUT_CHECKSUM);
        }
        return switch (settings.checksum()) {
            case OFF -> Cut.frame(LENGTH_WITHOUT_CHECKSUM);
            case ON -> available < LENGTH_WITH_CHECKSUM ? Cut.needMore() : Cut.frame(LENGTH_WITH_CHECKSUM);
            case AUTO -> cutAuto(buffer, start, available, endOfStream);
        };
    }

    /**
     * Decides from the byte after CR whether it is a checksum. That byte can be both a matching
     * checksum and 0x02, so then the byte after it decides. The next STX follows a checksum, while
     * status A (never 0x02) follows the STX of a frame without one.
     */
    private Cut cutAuto(byte[] buffer, int start, int available, boolean endOfStream) {
        if (available < LENGTH_WITH_CHECKSUM) {
            return endOfStream ? Cut.frame(LENGTH_WITHOUT_CHECKSUM) : Cut.needMore();
        }
        byte next = buffer[start + LENGTH_WITHOUT_CHECKSUM];
        int sum = next;
        for (int i = 0; i < LENGTH_WITHOUT_CHECKSUM; i++) {
            sum += buffer[start + i];
        }
        boolean checksumMatches = (sum & 0x7F) == 0;
        boolean looksLikeStart = next == Checksums.STX;

        if (checksumMatches && looksLikeStart) {
            if (available <= LENGTH_WITH_CHECKSUM) {
                return endOfStream ? withChecksum() : Cut.needMore();
            }
            boolean nextFrameFollows = buffer[start + LENGTH_WITH_CHECKSUM] == Checksums.STX;
            return nextFrameFollows || detected == ToledoSettings.ChecksumMode.ON ? withChecksum() : withoutChecksum();
        }
        if (checksumMatches) {
            return withChecksum();
        }
        if (looksLikeStart) {
            return withoutChecksum();
        }
        // Neither: a damaged checksum, or noise after a frame without one. Earlier frames tell which.
        return detected == ToledoSettings.ChecksumMode.OFF
                ? Cut.frame(LENGTH_WITHOUT_CHECKSUM) : Cut.frame(LENGTH_WITH_CHECKSUM);
    }

    private Cut withChecksum() {
        detected = ToledoSettings.ChecksumMode.ON;
        return Cut.frame(LENGTH_WITH_CHECKSUM);
    }

    private Cut withoutChecksum() {
        detected = ToledoSettings.ChecksumMode.OFF;
        return Cut.frame(LENGTH_WITHOUT_CHECKSUM);
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        ChecksumStatus checksum = ChecksumStatus.NONE;
        if (frame.length == LENGTH_WITH_CHECKSUM) {
            if (!Checksums.toledoSumIsZero(frame)) {
                throw new FrameRejected(RejectionReason.BAD_CHECKSUM);
            }
            checksum = ChecksumStatus.OK;
        }
        int statusA = frame[1];
        int statusB = frame[2];
        // NOTE: the unit bits (status B bit 4, status C) are not decoded, because their meaning in
        // the clones is undocumented. The unit is the configured one.
        if ((statusB & 0x04) != 0) {
            throw new FrameRejected(RejectionReason.OVERLOAD);
        }

        int decimals = settings.decimalMap().decimals(statusA & 0x07);
        long weightDigits = WeightText.digits(frame, 4, 6, true);
        long tareDigits = WeightText.digits(frame, 10, 6, true);
        BigDecimal weight = WeightText.scaled(weightDigits, decimals, (statusB & 0x02) != 0);
        BigDecimal tare = WeightText.scaled(tareDigits, decimals, false);
        int increment = INCREMENTS[(statusA >> 3) & 0x03];
        BigDecimal division = increment == 0 ? null : WeightText.scaled(increment, decimals, false);

        boolean stable = settings.motionBit().stable((statusB & 0x08) != 0);
        WeightKind kind = (statusB & 0x01) != 0 ? WeightKind.NET : WeightKind.GROSS;
        return new IndicatorReading(weight, settings.unit(), stable, kind, tare, division, checksum, frame);
    }
}
