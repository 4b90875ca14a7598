package cn.overloadcontrol.station.api;

/**
 * The parts of an API request that its signature covers or names, as received. Header values
 * are {@code null} when the header is missing.
 */
record SignedRequest(String method, String path, String keyId, String timestamp, String nonce, String signature,
        byte[] body) {

    static final String KEY_ID_HEADER = "X-Key-Id";
    static final String TIMESTAMP_HEADER = "X-Timestamp";
    static final String NONCE_HEADER = "X-Nonce";
    static final String SIGNATURE_HEADER = "X-Signature";
}
