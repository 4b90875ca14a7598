package cn.overloadcontrol.acceptance.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.overloadcontrol.acceptance.AcceptanceItemView;
import cn.overloadcontrol.acceptance.AcceptanceView;
import org.springframework.context.MessageSource;

/** Screen words of an acceptance report, shared by the Word and Excel versions. */
final class ReportText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    String title(AcceptanceView acceptance) {
        return get("acceptance.report.title", acceptance.unitName(), get(acceptance.kind().messageKey()));
    }

    String method(AcceptanceItemView item) {
        return get(item.decidedByHand() ? "acceptance.item.manual" : "acceptance.item.automatic");
    }

    /** Returns who recorded the item and when, or an empty text for an item no one recorded. */
    String recorded(AcceptanceItemView item) {
        if (item.recordedBy() == null) {
            return "";
        }
        return item.recordedAt() == null ? item.recordedBy()
                : item.recordedBy() + " " + item.recordedAt().format(TIME);
    }

    String result(AcceptanceView acceptance) {
        return get(acceptance.status().messageKey());
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
