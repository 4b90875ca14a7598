package cn.overloadcontrol.device.transport;

import java.util.List;

/** A baud rate and character format the auto-detector tries, for example 9600 8N1. */
public record LineSetting(int baud, String format) {

    /** The usual indicator baud rates, most common first. */
    public static final List<Integer> USUAL_BAUDS = List.of(9600, 4800, 2400, 1200, 600);

    /** The usual character formats of indicators. */
    public static final List<String> USUAL_FORMATS = List.of("8N1", "7E1");

    public static List<LineSetting> usual() {
        return USUAL_BAUDS.stream()
                .flatMap(baud -> USUAL_FORMATS.stream().map(format -> new LineSetting(baud, format)))
                .toList();
    }

    @Override
    public String toString() {
        return baud + " " + format;
    }
}
