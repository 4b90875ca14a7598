package cn.overloadcontrol.device.led;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * GBK encoding that checks every character. {@code String.getBytes("GBK")} silently turns an
 * unmappable character into {@code ?} (0x3F), so a rare character in a name or an emoji would
 * show as a question mark on the board. Here such a character becomes {@link #SUBSTITUTE} and is
 * listed in {@link Encoded#replaced()}.
 */
public final class GbkText {

    /** U+25A1 WHITE SQUARE, GBK A1 F5: visible on the board and plainly not a real character. */
    public static final char SUBSTITUTE = '\u25A1';

    private static final Charset GBK = Charset.forName("GBK");

    private GbkText() {
    }

    /**
     * Text encoded for a board.
     *
     * @param bytes    GBK bytes
     * @param replaced the characters that GBK lacks, in text order, each replaced by {@link #SUBSTITUTE}
     */
    public record Encoded(byte[] bytes, List<String> replaced) {

        public Encoded {
            bytes = bytes.clone();
            replaced = List.copyOf(replaced);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public int length() {
            return bytes.length;
        }
    }

    /** Encodes {@code text} code point by code point, so a surrogate pair is one replaced character. */
    public static Encoded encode(String text) {
        CharsetEncoder encoder = GBK.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 2);
        List<String> replaced = new ArrayList<>();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            byte[] encoded = encodeOne(encoder, character);
            if (encoded == null) {
                replaced.add(character);
                encoded = encodeOne(encoder, String.valueOf(SUBSTITUTE));
            }
            bytes.writeBytes(encoded);
        });
        return new Encoded(bytes.toByteArray(), replaced);
    }

    /** Returns the GBK bytes of one character, or {@code null} when GBK has no mapping for it. */
    private static byte[] encodeOne(CharsetEncoder encoder, String character) {
        try {
            ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(character));
            byte[] result = new byte[buffer.remaining()];
            buffer.get(result);
            return result;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
