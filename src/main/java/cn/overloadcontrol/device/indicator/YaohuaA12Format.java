package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

/**
 * Yaohua XK3190-A12/A12E, two variants on one port:
 * <ul>
 * <li>15 bytes {@code W}, {@code G} or {@code N}, a 7-character weight with its decimal point
 * ({@code -} first when negative, a space last when there is no point), the unit {@code kg}, the
 * XOR of the first 11 bytes as two hex characters, CR LF, for example {@code WG004.139kg3D};</li>
 * <li>a line {@code ww} or {@code wn}, a signed decimal, the unit, LF, with no checksum.</li>
 * </ul>
 * Either variant sends {@code OL} or {@code LO} in place of the digits when over or under range.
 * No valid frame contains {@code W} or {@code w} after its first byte, so a new frame start
 * resynchronizes the stream.
 */
final class YaohuaA12Format implements FrameFormat {

    static final int FIXED_LENGTH = 15;
    /** Longest {@code ww} line accepted, more than twice the length of a normal line. */
    static final int MAX_LINE_LENGTH = 40;

    private final YaohuaA12Settings settings;

    YaohuaA12Format(YaohuaA12Settings settings) {
        this.settings = settings;
    }

    @Override
    public int findStart(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == 'W' || buffer[i] == 'w') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Cut cut(byte[] buffer, int start, int available, boolean endOfStream) {
        if (available < 2) {
            return Cut.needMore();
        }
        byte first = buffer[start];
        byte second = buffer[start + 1];
        if (first == 'W' && (second == 'G' || second == 'N')) {
            return cutFixed(buffer, start, available);
        }
        if (first == 'w' && (second == 'w' || second == 'n')) {
            if (available < 3) {
                return Cut.needMore();
            }
            // In "www-1.5" or "wwn-1.5" the line starts at the second w: a stray w came first.
            byte third = buffer[start + 2];
            if (second == 'w' && (third == 'w' || third == 'n')) {
                return Cut.notAStart(1);
            }
            return cutLine(buffer, start, available, endOfStream);
        }
        return Cut.notAStart(1);
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        return frame[0] == 'W' ? decodeFixed(frame) : decodeLine(frame);
    }

    private static Cut cutFixed(byte[] buffer, int start, int available) {
        int inspected = Math.min(available, FIXED_LENGTH);
        for (int i = 2; i < inspected; i++) {
            byte b = buffer[start + i];
            if (b == 'W' || b == 'w') {
                return Cut.broken(i);
            }
            if (b == Checksums.LF && i < FIXED_LENGTH - 1) {
                return Cut.broken(i + 1);
            }
        }
        if (available < FIXED_LENGTH) {
            return Cut.needMore();
        }
        if (buffer[start + FIXED_LENGTH - 2] != Checksums.CR) {
            return Cut.broken(FIXED_LENGTH);
        }
        return Cut.frame(FIXED_LENGTH);
    }

    private static Cut cutLine(byte[] buffer, int start, int available, boolean endOfStream) {
        int inspected = Math.min(available, MAX_LINE_LENGTH);
        for (int i = 2; i < inspected; i++) {
            byte b = buffer[start + i];
            if (b == 'W' || b == 'w') {
                return Cut.broken(i);
            }
            if (b == Checksums.LF) {
                return Cut.frame(i + 1);
            }
        }
        if (available >= MAX_LINE_LENGTH) {
            return Cut.broken(MAX_LINE_LENGTH);
        }
        return endOfStream ? Cut.frame(available) : Cut.needMore();
    }

    private static IndicatorReading decodeFixed(byte[] frame) throws FrameRejected {
        if (!Checksums.yaohuaCharactersMatch(Checksums.xor(frame, 0, 11), frame[11], frame[12])) {
            throw new FrameRejected(RejectionReason.BAD_CHECKSUM);
        }
        String weightText = ascii(frame, 2, 7);
        rejectOutOfRange(weightText);
        WeightUnit unit = WeightUnit.fromCode(ascii(frame, 9, 2))
                .orElseThrow(() -> new FrameRejected(RejectionReason.MALFORMED));
        BigDecimal weight = WeightText.decimal(weightText);
        WeightKind kind = frame[1] == 'G' ? WeightKind.GROSS : WeightKind.NET;
        return new IndicatorReading(weight, unit, null, kind, ChecksumStatus.OK, frame);
    }

    private IndicatorReading decodeLine(byte[] frame) throws FrameRejected {
        String text = ascii(frame, 2, frame.length - 2).strip();
        rejectOutOfRange(text);
        int unitStart = 0;
        while (unitStart < text.length() && !Character.isLetter(text.charAt(unitStart))) {
            unitStart++;
        }
        String unitText = text.substring(unitStart);
        WeightUnit unit = unitText.isEmpty() ? settings.unit() : WeightUnit.fromCode(unitText)
                .orElseThrow(() -> new FrameRejected(RejectionReason.MALFORMED));
        BigDecimal weight = WeightText.decimal(text.substring(0, unitStart));
        WeightKind kind = frame[1] == 'w' ? WeightKind.GROSS : WeightKind.NET;
        return new IndicatorReading(weight, unit, null, kind, ChecksumStatus.NONE, frame);
    }

    private static void rejectOutOfRange(String weightText) throws FrameRejected {
        String upper = weightText.toUpperCase(Locale.ROOT);
        if (upper.contains("OL")) {
            throw new FrameRejected(RejectionReason.OVER_RANGE);
        }
        if (upper.contains("LO")) {
            throw new FrameRejected(RejectionReason.UNDER_RANGE);
        }
    }

    private static String ascii(byte[] frame, int from, int count) {
        return new String(frame, from, count, StandardCharsets.ISO_8859_1);
    }
}
