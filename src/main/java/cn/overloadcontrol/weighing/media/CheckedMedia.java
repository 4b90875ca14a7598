package cn.overloadcontrol.weighing.media;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Inline media after the checks: the decoded files, or the problems that reject the whole record. */
public record CheckedMedia(List<Decoded> media, List<FieldProblem> problems) {

    /** One decoded file of a known kind and format. */
    public record Decoded(MediaKind kind, byte[] content) {
    }

    public CheckedMedia {
        media = List.copyOf(media);
        problems = List.copyOf(problems);
    }

    public static final CheckedMedia NONE = new CheckedMedia(List.of(), List.of());

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
