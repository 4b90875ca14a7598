package cn.overloadcontrol.weighing.media;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks the base64 media sent with a record by the same rules as an upload. Any problem rejects
 * the record with its media, so a record is never stored with part of its evidence.
 */
@Component
public class InlineMediaChecker {

    private final MediaService media;

    InlineMediaChecker(MediaService media) {
        this.media = media;
    }

    public CheckedMedia check(List<InlineMedia> entries) {
        if (entries == null || entries.isEmpty()) {
            return CheckedMedia.NONE;
        }
        List<CheckedMedia.Decoded> decoded = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            checkEntry("media[" + index + "]", entries.get(index), decoded, problems);
        }
        return new CheckedMedia(decoded, problems);
    }

    private void checkEntry(String field, InlineMedia entry, List<CheckedMedia.Decoded> decoded,
            List<FieldProblem> problems) {
        Optional<MediaKind> kind = MediaKind.parse(entry.kind());
        if (kind.isEmpty()) {
            problems.add(FieldProblem.error(field + ".kind", entry.kind(), "media.kind_invalid"));
            return;
        }
        byte[] content = base64(entry.content());
        if (content == null) {
            problems.add(FieldProblem.error(field + ".content", null, "media.base64_invalid"));
            return;
        }
        try {
            media.check(kind.get(), content);
            decoded.add(new CheckedMedia.Decoded(kind.get(), content));
        } catch (MediaRejectedException e) {
            problems.add(FieldProblem.error(field + ".content", null, problemCode(e), e.args()));
        }
    }

    // The API code media_type_invalid becomes the field problem code media.type_invalid.
    private static String problemCode(MediaRejectedException e) {
        return "media." + e.code().substring("media_".length());
    }

    private static byte[] base64(String content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
