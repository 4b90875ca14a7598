package cn.overloadcontrol.weighing.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The accepted evidence formats, recognised by their first bytes. File names and declared
 * content types are ignored: a camera or vendor may name a file anything.
 */
public enum MediaFormat {
    JPEG("image/jpeg", false),
    PNG("image/png", false),
    MP4("video/mp4", true);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final boolean video;

    MediaFormat(String contentType, boolean video) {
        this.contentType = contentType;
        this.video = video;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isVideo() {
        return video;
    }

    /** Returns the format whose signature {@code content} starts with, if any. */
    public static Optional<MediaFormat> detect(byte[] content) {
        if (isJpeg(content)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (isMp4(content)) {
            return Optional.of(MP4);
        }
        return Optional.empty();
    }

    // SOI marker FF D8, then the first segment's marker FF xx: a bare FF D8 FF is a cut-off header.
    private static boolean isJpeg(byte[] content) {
        return content.length >= 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF && (content[3] & 0xFF) >= 0xC0 && (content[3] & 0xFF) != 0xFF;
    }

    // ISO base media: the first box is "ftyp", its size covers at least the major brand and fits the file.
    private static boolean isMp4(byte[] content) {
        if (content.length < 12 || !Arrays.equals(content, 4, 8, FTYP, 0, 4)) {
            return false;
        }
        long boxSize = ((content[0] & 0xFFL) << 24) | ((content[1] & 0xFFL) << 16) | ((content[2] & 0xFFL) << 8)
                | (content[3] & 0xFFL);
        return boxSize >= 12 && boxSize <= content.length;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
