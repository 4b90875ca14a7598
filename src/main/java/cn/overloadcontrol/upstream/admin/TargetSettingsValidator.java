package cn.overloadcontrol.upstream.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.upstream.send.UploadFormats;
import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.FieldMappingParser;
import cn.overloadcontrol.upstream.target.TargetSettings;
import org.springframework.stereotype.Component;

/** Checks target settings before they are stored; each problem names the field, value and rule. */
@Component
class TargetSettingsValidator {

    private final UploadFormats formats;

    TargetSettingsValidator(UploadFormats formats) {
        this.formats = formats;
    }

    /** Returns the problems of {@code settings}; {@code secretStored} is true when a secret is already stored. */
    List<FieldProblem> validate(TargetSettings settings, String newSecret, boolean secretStored) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", settings.name(), 64, true);
        baseUrl(problems, settings);
        path(problems, "recordPath", settings.recordPath(), true);
        path(problems, "mediaPath", settings.mediaPath(), false);
        path(problems, "unitPath", settings.unitPath(), false);
        path(problems, "stationPath", settings.stationPath(), false);
        path(problems, "tokenPath", settings.tokenPath(), settings.authKind() == AuthKind.TOKEN);
        if (formats.find(settings.format()).isEmpty()) {
            problems.add(FieldProblem.error("format", settings.format(), "upstream.format_unknown",
                    String.join(", ", formats.keys())));
        }
        range(problems, "batchSize", settings.batchSize(), 1, 500);
        range(problems, "connectTimeoutMs", settings.connectTimeoutMs(), 100, 120_000);
        range(problems, "readTimeoutMs", settings.readTimeoutMs(), 100, 120_000);
        range(problems, "maxAttempts", settings.maxAttempts(), 1, 100);
        range(problems, "tokenTtlSeconds", settings.tokenTtlSeconds(), 60, 86_400);
        range(problems, "breakerThreshold", settings.breakerThreshold(), 1, 1000);
        range(problems, "breakerOpenSeconds", settings.breakerOpenSeconds(), 1, 3600);
        range(problems, "alertAfterMinutes", settings.alertAfterMinutes(), 1, 1440);
        mapping(problems, settings.mapping());
        authentication(problems, settings, newSecret, secretStored);
        text(problems, "signTemplate", settings.signTemplate(), 500, false);
        text(problems, "responseCodePath", settings.responseCodePath(), 100, false);
        text(problems, "successCodes", settings.successCodes(), 200, false);
        text(problems, "retryCodes", settings.retryCodes(), 200, false);
        return problems;
    }

    private static void baseUrl(List<FieldProblem> problems, TargetSettings settings) {
        String url = settings.baseUrl();
        if (url == null || url.isBlank()) {
            if (settings.enabled()) {
                problems.add(FieldProblem.error("baseUrl", url, "upstream.base_url_required_when_enabled"));
            }
            return;
        }
        try {
            URI uri = new URI(url.strip());
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getQuery() != null) {
                problems.add(FieldProblem.error("baseUrl", url, "upstream.base_url_invalid"));
            }
        } catch (URISyntaxException e) {
            problems.add(FieldProblem.error("baseUrl", url, "upstream.base_url_invalid"));
        }
        text(problems, "baseUrl", url, 500, false);
    }

    private static void path(List<FieldProblem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.error(field, value, "required"));
            }
            return;
        }
        if (!value.startsWith("/") || value.contains(" ") || value.length() > 200) {
            problems.add(FieldProblem.error(field, value, "upstream.path_invalid"));
        }
    }

    private static void mapping(List<FieldProblem> problems, String mapping) {
        try {
            FieldMappingParser.parse(mapping);
        } catch (FieldMappingParser.InvalidMappingException e) {
            List<Object> args = new ArrayList<>();
            args.add(shorten(e.value()));
            args.addAll(List.of(e.args()));
            problems.add(FieldProblem.error("mapping", e.value(), "upstream.mapping." + e.rule(), args.toArray()));
        }
    }

    /** Cuts a long value for an error message, so a whole mapping is never repeated under the field. */
    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    private static void authentication(List<FieldProblem> problems, TargetSettings settings, String newSecret,
            boolean secretStored) {
        if (settings.authKind() == AuthKind.NONE) {
            return;
        }
        text(problems, "appKey", settings.appKey(), 128, true);
        boolean secretGiven = newSecret != null && !newSecret.isEmpty();
        if (!secretGiven && !secretStored) {
            problems.add(FieldProblem.error("secret", "", "upstream.secret_required"));
        }
        if (secretGiven && newSecret.length() > 500) {
            problems.add(FieldProblem.error("secret", "", "too_long", 500));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.error(field, value, "required"));
            }
            return;
        }
        if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(FieldProblem.error(field, String.valueOf(value), "number.out_of_range", min, max));
        }
    }
}
