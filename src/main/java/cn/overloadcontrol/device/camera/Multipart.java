package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraPushException.Code;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data parser (RFC 7578) that keeps part bodies byte-identical. JPEG parts may
 * contain CRLF and dashes, so a part ends only at CRLF followed by the full delimiter. Hikvision
 * cameras give each part a Content-Length. It is used when the delimiter follows right after
 * that many bytes, and otherwise the delimiter search decides.
 */
final class Multipart {

    private static final int MAX_PARTS = 32;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:^|;)\\s*boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=(\"([^\"]*)\"|[^;\\s]+)");
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename=(\"([^\"]*)\"|[^;\\s]+)");
    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    /**
     * One part.
     *
     * @param headers header values by lower-case name
     * @param content the body, byte-identical to the request
     */
    record Part(Map<String, String> headers, byte[] content) {

        String name() {
            return parameter(NAME, headers.getOrDefault("content-disposition", ""));
        }

        String filename() {
            return parameter(FILENAME, headers.getOrDefault("content-disposition", ""));
        }

        /** Returns the part's Content-Type without parameters in lower case, or the empty string. */
        String contentType() {
            String value = headers.getOrDefault("content-type", "");
            int semicolon = value.indexOf(';');
            return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Returns the boundary of a multipart Content-Type, or {@code null} when it is not multipart. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        String boundary = parameter(BOUNDARY, contentType.substring(contentType.indexOf(';') + 1));
        return boundary.isEmpty() ? null : boundary;
    }

    /**
     * Splits {@code body} into its parts.
     *
     * @throws CameraPushException when the delimiter is missing, a header block does not end, or
     *                             the closing delimiter is missing
     */
    static List<Part> parse(String boundary, byte[] body) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] separator = concat(CRLF, delimiter);
        int position = firstDelimiter(body, delimiter, separator);
        List<Part> parts = new ArrayList<>();
        while (true) {
            position += delimiter.length;
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return parts;
            }
            position = skipLineEnd(body, position);
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, position);
            if (headersEnd < 0) {
                throw invalid("part " + (parts.size() + 1) + " has no blank line after its headers");
            }
            Map<String, String> headers = headers(new String(body, position, headersEnd - position,
                    StandardCharsets.UTF_8));
            int contentStart = headersEnd + 4;
            int contentEnd = contentEnd(body, contentStart, headers.get("content-length"), separator);
            if (contentEnd < 0) {
                throw invalid("part " + (parts.size() + 1) + " does not end with the boundary; the body is"
                        + " truncated or the boundary is wrong");
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            if (parts.size() > MAX_PARTS) {
                throw invalid("more than " + MAX_PARTS + " parts");
            }
            position = contentEnd + CRLF.length;
        }
    }

    private static int firstDelimiter(byte[] body, byte[] delimiter, byte[] separator) {
        if (startsWith(body, 0, delimiter)) {
            return 0;
        }
        int found = indexOf(body, separator, 0);
        if (found < 0) {
            throw invalid("the body does not contain the boundary from Content-Type");
        }
        return found + CRLF.length;
    }

    /** Uses the part's Content-Length when the delimiter follows it exactly, else searches. */
    private static int contentEnd(byte[] body, int start, String contentLength, byte[] separator) {
        if (contentLength != null && contentLength.strip().matches("\\d{1,9}")) {
            int end = start + Integer.parseInt(contentLength.strip());
            if (end <= body.length && startsWith(body, end, separator)) {
                return end;
            }
        }
        return indexOf(body, separator, start);
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** Skips transport padding (spaces and tabs) and the CRLF after a delimiter. */
    private static int skipLineEnd(byte[] body, int position) {
        while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
            position++;
        }
        if (!startsWith(body, position, CRLF)) {
            throw invalid("the boundary at byte " + position + " is not followed by CRLF");
        }
        return position + CRLF.length;
    }

    private static String parameter(Pattern pattern, String header) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    static int indexOf(byte[] bytes, byte[] pattern, int from) {
        for (int i = Math.max(from, 0); i <= bytes.length - pattern.length; i++) {
            if (startsWith(bytes, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    private static CameraPushException invalid(String problem) {
        return new CameraPushException(Code.INVALID_MULTIPART, "invalid multipart body: " + problem);
    }
}
