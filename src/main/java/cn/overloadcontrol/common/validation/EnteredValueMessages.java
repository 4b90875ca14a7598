package cn.overloadcontrol.common.validation;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.validation.FieldError;

/**
 * The application's message source, which appends the value a user entered to each form field
 * error it resolves. The error is shown under its input, so with the value it names field, value and
 * rule, and no rule text needs to repeat the value. Secrets are never shown again, and a message
 * that already quotes the value stays as it is.
 */
final class EnteredValueMessages implements MessageSource {

    static final String SUFFIX_KEY = "form.entered_value";
    private static final int MAX_SHOWN = 40;
    // Values of these fields are never shown on a page.
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|pairingcode).*");

    private final MessageSource delegate;

    EnteredValueMessages(MessageSource delegate) {
        this.delegate = delegate;
    }

    MessageSource delegate() {
        return delegate;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return delegate.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return delegate.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        if (!(resolvable instanceof FieldError error)) {
            return delegate.getMessage(resolvable, locale);
        }
        String message = nonexistentDate(error) ? delegate.getMessage("problem.date.nonexistent", null, locale)
                : delegate.getMessage(resolvable, locale);
        String entered = shown(error);
        if (entered == null || quotes(message, entered)) {
            return message;
        }
        return message + delegate.getMessage(SUFFIX_KEY, new Object[] {entered}, "（" + entered + "）", locale);
    }

    // A date such as 2026-02-30 has the right format, so the format rule would mislead.
    private static boolean nonexistentDate(FieldError error) {
        return error.isBindingFailure() && error.getRejectedValue() instanceof String text
                && DateRules.WELL_FORMED.matcher(text.strip()).matches()
                && Arrays.asList(error.getCodes() == null ? new String[0] : error.getCodes())
                        .contains("typeMismatch.java.time.LocalDate");
    }

    /**
     * Returns whether the message already names the value as a whole token, so "0" is not found
     * inside "1,000".
     */
    private static boolean quotes(String message, String entered) {
        return Pattern.compile("(?<![0-9A-Za-z,.])" + Pattern.quote(entered) + "(?![0-9A-Za-z,.])")
                .matcher(message).find();
    }

    /** Returns the entered value as the page may show it, or {@code null} to show none. */
    static String shown(FieldError error) {
        Object value = error.getRejectedValue();
        if (value == null || SECRET.matcher(error.getField()).matches() || !simple(value)) {
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return shortened(MaskedValues.withoutUserInfo(text));
    }

    /** Cuts a value to the first 40 characters and "…", so an error never repeats a long text. */
    static String shortened(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    }

    // Lists, files and form objects have no short text a user would recognise as what he typed.
    private static boolean simple(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof TemporalAccessor;
    }
}
