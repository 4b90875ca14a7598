package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import cn.overloadcontrol.common.api.RequestSigner;

/**
 * Sends JSON to the platform's station API over HTTP, signed with the station's credential as
 * docs/api.md describes. Every call makes a fresh nonce and timestamp, so a retry is a new,
 * valid request.
 */
public class PlatformClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Clock clock;

    public PlatformClient(Clock clock) {
        this.clock = clock;
    }

    /**
     * Posts a signed JSON body to {@code path} of the credential's platform.
     *
     * @throws IOException when the platform cannot be reached or the connection breaks
     */
    PlatformResponse postSigned(PlatformCredential credential, String path, byte[] body)
            throws IOException, InterruptedException {
        return postSigned(credential, path, "", body, "application/json");
    }

    /**
     * Posts a signed body of the given content type, for example a media file as
     * {@code application/octet-stream}. The signature covers the path without {@code query}, as the
     * platform checks it.
     *
     * @param query the query string without {@code ?}, or empty
     * @throws IOException when the platform cannot be reached or the connection breaks
     */
    PlatformResponse postSigned(PlatformCredential credential, String path, String query, byte[] body,
            String contentType) throws IOException, InterruptedException {
        RequestSigner.SignedHeaders headers = RequestSigner.sign(credential.keyId(), credential.secret(), "POST",
                path, body, clock.millis());
        HttpRequest request = jsonPost(credential.platformUrl(), query.isEmpty() ? path : path + "?" + query, body)
                .setHeader("Content-Type", contentType)
                .header(RequestSigner.KEY_ID_HEADER, headers.keyId())
                .header(RequestSigner.TIMESTAMP_HEADER, headers.timestamp())
                .header(RequestSigner.NONCE_HEADER, headers.nonce())
                .header(RequestSigner.SIGNATURE_HEADER, headers.signature())
                .build();
        return send(request);
    }

    /**
     * Posts an unsigned JSON body, for pairing, where the one-time code is the secret.
     *
     * @throws IOException when the platform cannot be reached or the connection breaks
     */
    PlatformResponse postUnsigned(String platformUrl, String path, byte[] body)
            throws IOException, InterruptedException {
        return send(jsonPost(platformUrl, path, body).build());
    }

    private static HttpRequest.Builder jsonPost(String platformUrl, String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create(stripSlash(platformUrl) + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private PlatformResponse send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Duration retryAfter = response.headers().firstValue("Retry-After")
                .flatMap(PlatformClient::seconds)
                .orElse(null);
        return new PlatformResponse(response.statusCode(), response.body(), retryAfter);
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
