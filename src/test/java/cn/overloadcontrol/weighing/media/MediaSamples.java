package cn.overloadcontrol.weighing.media;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Smallest files that pass or fail the magic-byte checks; each carries a unique tail, so a new hash. */
final class MediaSamples {

    private MediaSamples() {
    }

    static byte[] jpeg() {
        return withTail(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',
                0x00});
    }

    static byte[] png() {
        return withTail(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0x00, 0x00, 0x00, 0x0D});
    }

    /** An MP4 whose first box is a 24-byte "ftyp" with major brand isom. */
    static byte[] mp4() {
        return withTail(new byte[] {0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0x00, 0x00, 0x02,
                0x00, 'i', 's', 'o', 'm', 'i', 's', 'o', '2'});
    }

    static byte[] text() {
        return ("plain text pretending to be a photo " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gif() {
        return withTail("GIF89a".getBytes(StandardCharsets.US_ASCII));
    }

    /** SOI and the start of a marker, then nothing: a header cut off in transfer. */
    static byte[] truncatedJpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    }

    static byte[] withTail(byte[] head) {
        byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[head.length + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        return content;
    }
}
