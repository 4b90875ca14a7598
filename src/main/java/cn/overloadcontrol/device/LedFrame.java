package cn.overloadcontrol.device;

import cn.overloadcontrol.device.led.GbkText;
import java.util.List;

/**
 * The bytes sent to a board for one message.
 *
 * @param bytes    the complete frame, ready to write
 * @param replaced characters that GBK cannot encode, in text order; each was sent as □ (U+25A1)
 */
public record LedFrame(byte[] bytes, List<String> replaced) {

    /** The visible stand-in for a character that GBK lacks. */
    public static final char SUBSTITUTE = GbkText.SUBSTITUTE;

    public LedFrame {
        bytes = bytes.clone();
        replaced = List.copyOf(replaced);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexBytes.format(bytes);
    }
}
