package cn.overloadcontrol.sourceunit;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attendee names as typed: people paste lists separated by 、 , ， ; ； or spaces. They are
 * stored separated by 、, the usual Chinese list separator.
 */
record TrainingAttendees(List<String> names) {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");
    static final String SEPARATOR = "、";

    static TrainingAttendees parse(String text) {
        if (text == null) {
            return new TrainingAttendees(List.of());
        }
        List<String> names = Arrays.stream(SEPARATORS.split(text.strip()))
                .filter(name -> !name.isEmpty())
                .toList();
        return new TrainingAttendees(names);
    }

    String joined() {
        return String.join(SEPARATOR, names);
    }

    int count() {
        return names.size();
    }
}
