package cn.overloadcontrol.device;

import java.util.List;
import java.util.Optional;

/**
 * What an LED board shows and, where it has a voice module, speaks.
 *
 * @param lines text lines from top to bottom, without line breaks inside a line
 * @param voice text to speak, or {@code null} for none
 */
public record LedMessage(List<String> lines, String voice) {

    /** More lines than any supported board shows at once (the RS-485 board has four rows). */
    public static final int MAX_LINES = 4;

    public LedMessage {
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("LED message has " + lines.size() + " lines, at most "
                    + MAX_LINES + " are allowed");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\n') >= 0 || lines.get(i).indexOf('\r') >= 0) {
                throw new IllegalArgumentException("LED line " + (i + 1) + " contains a line break;"
                        + " pass each line separately");
            }
        }
        if (voice != null && voice.isBlank()) {
            voice = null;
        }
        if (lines.isEmpty() && voice == null) {
            throw new IllegalArgumentException("LED message needs at least one line or a voice text");
        }
    }

    /** A message of text lines without voice. */
    public static LedMessage lines(String... lines) {
        return new LedMessage(List.of(lines), null);
    }

    public Optional<String> voiceText() {
        return Optional.ofNullable(voice);
    }
}
