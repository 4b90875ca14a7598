package cn.overloadcontrol.weighing.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Compact JSON of a map in key order, and its SHA-256. The input holds only text, integers and
 * booleans, so the bytes are the same on every run and every Jackson version that writes
 * compact JSON.
 */
final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    static String write(Map<String, Object> fields) {
        return JSON.writeValueAsString(new TreeMap<>(fields));
    }

    static String sha256Hex(Map<String, Object> fields) {
        return sha256Hex(write(fields));
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
