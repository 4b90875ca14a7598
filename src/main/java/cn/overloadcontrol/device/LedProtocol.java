package cn.overloadcontrol.device;

import cn.overloadcontrol.device.led.OnbonArea;
import cn.overloadcontrol.device.led.OnbonFrames;
import cn.overloadcontrol.device.led.Rs485BoardFrames;
import java.util.Optional;
import java.util.stream.Stream;

/** The LED board protocols the station speaks, with the id used in configuration and tools. */
public enum LedProtocol {

    /** Onbon BX-5K/6K character cards, dynamic area 0, over TCP port 5005. Text only, no voice. */
    ONBON_BX5K("onbon-bx5k", false),

    /** The generic RS-485 display and voice board: four rows of 32 bytes plus voice. */
    RS485_BOARD("rs485-board", true);

    /** Screen of the most common lane-exit card, as in the Onbon vendor example. */
    public static final int DEFAULT_WIDTH = 128;
    public static final int DEFAULT_HEIGHT = 32;

    private final String id;
    private final boolean voice;

    LedProtocol(String id, boolean voice) {
        this.id = id;
        this.voice = voice;
    }

    public String id() {
        return id;
    }

    /** Returns whether the board speaks the voice text; other boards ignore it. */
    public boolean speaks() {
        return voice;
    }

    public static Optional<LedProtocol> fromId(String id) {
        return Stream.of(values()).filter(protocol -> protocol.id.equals(id)).findFirst();
    }

    /**
     * Encodes the frame that shows {@code message}: on an Onbon card in dynamic area 0 of a
     * {@code width} × {@code height} screen, broadcast with reply; on the RS-485 board at
     * address 0, where the screen size does not matter.
     *
     * @throws IllegalArgumentException when the screen size is out of range or the text does
     *                                  not fit the board
     */
    public LedFrame encode(LedMessage message, int width, int height) {
        return switch (this) {
            case ONBON_BX5K -> OnbonFrames.showText(OnbonArea.screen(width, height),
                    message.lines());
            case RS485_BOARD -> Rs485BoardFrames.encode(0, message);
        };
    }
}
