package cn.overloadcontrol.agent;

import java.util.Locale;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.overloadcontrol.agent.platform.PairingException;

/**
 * Chinese texts of the {@code station pair} command, read from the same messages file as the
 * station's pairing page, because the command runs without a Spring context.
 */
final class PairingMessages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    PairingMessages() {
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, CHINESE);
    }

    String failed(String reason) {
        return text("agent.pair.cli.failed", reason);
    }

    /** Returns why pairing failed: the page's text for a known platform code, else the platform's own message. */
    String reason(PairingException failure, String platform) {
        String code = failure.code();
        if (code.equals("unreachable")) {
            return text("agent.pair.cli.unreachable", platform);
        }
        if (code.startsWith("http_")) {
            return text("agent.pair.cli.notPlatform", platform, code.substring("http_".length()));
        }
        try {
            return text("agent.pairing.failed." + code);
        } catch (NoSuchMessageException unknownCode) {
            return text("agent.pair.cli.otherCode", String.valueOf(failure.getMessage()), code);
        }
    }
}
