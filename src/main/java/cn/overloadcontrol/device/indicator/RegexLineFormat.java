package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

/**
 * ASCII lines ended by LF (CR optional), each searched with the configured regular expression.
 * Status {@code ST} is stable, {@code US} unstable and {@code OL} overload. Kinds {@code GS},
 * {@code NT} and {@code TR} are gross, net and tare. Text before the match is ignored, so the
 * pattern should be anchored at the line end to skip partial lines glued in front.
 */
final class RegexLineFormat implements FrameFormat {

    private final RegexSettings settings;

    RegexLineFormat(RegexSettings settings) {
        this.settings = settings;
    }

    @Override
    public int findStart(byte[] buffer, int from, int to) {
        return from < to ? from : -1;
    }

    @Override
    public Cut cut(byte[] buffer, int start, int available, boolean endOfStream) {
        for (int i = 0; i < available; i++) {
            if (buffer[start + i] == Checksums.LF) {
                return lineOrBlank(buffer, start, i + 1);
            }
        }
        return endOfStream ? lineOrBlank(buffer, start, available) : Cut.needMore();
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        Matcher matcher = settings.pattern().matcher(lineText(frame, 0, frame.length));
        if (!matcher.find()) {
            throw new FrameRejected(RejectionReason.MALFORMED);
        }
        Boolean stable = stable(matcher);
        String weightText = matcher.group(RegexSettings.WEIGHT_GROUP);
        if (weightText == null) {
            throw new FrameRejected(RejectionReason.MALFORMED);
        }
        if (weightText.strip().equalsIgnoreCase("OL")) {
            throw new FrameRejected(RejectionReason.OVERLOAD);
        }
        WeightKind kind = kind(matcher);
        WeightUnit unit = unit(matcher);
        BigDecimal weight = WeightText.decimal(weightText);
        return new IndicatorReading(weight, unit, stable, kind, ChecksumStatus.NONE, frame);
    }

    /** Cuts a line, reporting a line of only CR, LF or spaces as noise rather than as a malformed frame. */
    private static Cut lineOrBlank(byte[] buffer, int start, int length) {
        return lineText(buffer, start, length).isBlank() ? Cut.notAStart(length) : Cut.frame(length);
    }

    private static String lineText(byte[] bytes, int from, int length) {
        String line = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private Boolean stable(Matcher matcher) throws FrameRejected {
        String status = settings.hasStatus() ? matcher.group(RegexSettings.STATUS_GROUP) : null;
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "ST" -> true;
            case "US" -> false;
            case "OL" -> throw new FrameRejected(RejectionReason.OVERLOAD);
            default -> throw new FrameRejected(RejectionReason.MALFORMED);
        };
    }

    private WeightKind kind(Matcher matcher) throws FrameRejected {
        String kind = settings.hasKind() ? matcher.group(RegexSettings.KIND_GROUP) : null;
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "GS" -> WeightKind.GROSS;
            case "NT" -> WeightKind.NET;
            case "TR" -> WeightKind.TARE;
            default -> throw new FrameRejected(RejectionReason.MALFORMED);
        };
    }

    private WeightUnit unit(Matcher matcher) throws FrameRejected {
        String unit = settings.hasUnit() ? matcher.group(RegexSettings.UNIT_GROUP) : null;
        if (unit == null || unit.isBlank()) {
            return settings.unit();
        }
        return WeightUnit.fromCode(unit).orElseThrow(() -> new FrameRejected(RejectionReason.MALFORMED));
    }
}
