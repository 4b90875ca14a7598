package cn.overloadcontrol.common.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Uploaded document formats, recognised by their content. The file name and the declared
 * content type are ignored, because a browser reports whatever the user's system guesses.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** A Word file names its main part within the first few entries; a longer scan is not a .docx. */
    private static final int MAX_ZIP_ENTRIES_SCANNED = 50;

    private final String contentType;
    private final String extension;

    DocumentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    /** Returns the type whose signature {@code content} carries, if any. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF && (content[3] & 0xFF) >= 0xC0 && (content[3] & 0xFF) != 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_SIGNATURE) && hasWordDocumentPart(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    // Any ZIP starts with PK 03 04 (xlsx, jar, zip); only a Word file has word/document.xml.
    private static boolean hasWordDocumentPart(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int scanned = 0;
            while ((entry = zip.getNextEntry()) != null && scanned++ < MAX_ZIP_ENTRIES_SCANNED) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
