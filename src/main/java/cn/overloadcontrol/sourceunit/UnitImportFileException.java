package cn.overloadcontrol.sourceunit;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An import file was rejected as a whole (wrong type, too large, wrong headers); nothing was read into the ledger. */
public class UnitImportFileException extends Exception {

    private final transient List<MessageSourceResolvable> reasons;

    UnitImportFileException(String logMessage, List<MessageSourceResolvable> reasons, Throwable cause) {
        super(logMessage, cause);
        this.reasons = List.copyOf(reasons);
    }

    static UnitImportFileException of(String logMessage, String messageKey, Object... args) {
        return new UnitImportFileException(logMessage, List.of(message(messageKey, args)), null);
    }

    static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }

    /** The reasons as message keys with arguments, one line each on the page. */
    public List<MessageSourceResolvable> reasons() {
        return reasons;
    }
}
