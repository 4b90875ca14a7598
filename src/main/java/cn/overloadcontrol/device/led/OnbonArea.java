package cn.overloadcontrol.device.led;

/**
 * Dynamic area of an Onbon BX-5K/6K card that shows the text, with the screen size and the
 * destination address.
 *
 * @param address       destination address: 0xFFFE is broadcast with a reply, 0x8000 to 0xDFFF
 *                      reach any card over TCP
 * @param width         area width in pixels, sent in pixel units (top bit set)
 * @param height        area height in pixels
 * @param areaId        dynamic area number, 0 to 255
 * @param lineSeparator text the card reads as a line break between the lines of a message
 */
public record OnbonArea(int address, int width, int height, int areaId, String lineSeparator) {

    /** Broadcast address that still asks for a reply, as in the vendor's example. */
    public static final int BROADCAST_WITH_REPLY = 0xFFFE;

    /**
     * Line break inside dynamic-area text with manual line breaks: a backslash followed by
     * {@code n}.
     * NOTE: taken from Onbon's text escapes and not yet checked on a card; installers can change it.
     */
    public static final String DEFAULT_LINE_SEPARATOR = "\\n";

    private static final int MAX_PIXELS = 0x7FFF;

    public OnbonArea {
        if (address < 0 || address > 0xFFFF) {
            throw new IllegalArgumentException("Onbon address " + address + " must be 0 to 65535 (0xFFFF)");
        }
        if (width < 1 || width > MAX_PIXELS) {
            throw new IllegalArgumentException("screen width " + width + " must be 1 to " + MAX_PIXELS + " pixels");
        }
        if (height < 1 || height > MAX_PIXELS) {
            throw new IllegalArgumentException("screen height " + height + " must be 1 to " + MAX_PIXELS + " pixels");
        }
        if (areaId < 0 || areaId > 255) {
            throw new IllegalArgumentException("dynamic area " + areaId + " must be 0 to 255");
        }
        if (lineSeparator == null) {
            lineSeparator = DEFAULT_LINE_SEPARATOR;
        }
    }

    /** Dynamic area 0 covering a {@code width} × {@code height} screen, broadcast with reply. */
    public static OnbonArea screen(int width, int height) {
        return new OnbonArea(BROADCAST_WITH_REPLY, width, height, 0, DEFAULT_LINE_SEPARATOR);
    }
}
