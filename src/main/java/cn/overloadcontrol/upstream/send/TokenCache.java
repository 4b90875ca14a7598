package cn.overloadcontrol.upstream.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.overloadcontrol.upstream.target.UploadTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens of TOKEN targets. A token is fetched from the target's login endpoint with the
 * app key and secret, kept until its lifetime ends, and fetched again early when the target
 * responds with 401. The token and the secret are never logged.
 */
final class TokenCache {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The login request failed; the message names the status or error, never the secret. */
    static final class TokenUnavailableException extends Exception {
        TokenUnavailableException(String message) {
            super(message);
        }
    }

    private record Token(String value, Instant expiresAt, long targetVersion) {
    }

    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    String token(UploadTarget target, String secret, HttpClient client) throws TokenUnavailableException {
        Token cached = tokens.get(target.id());
        if (cached != null && cached.targetVersion() == target.version() && clock.instant().isBefore(cached.expiresAt())) {
            return cached.value();
        }
        Token fresh = fetch(target, secret, client);
        tokens.put(target.id(), fresh);
        return fresh.value();
    }

    void invalidate(long targetId) {
        tokens.remove(targetId);
    }

    private Token fetch(UploadTarget target, String secret, HttpClient client) throws TokenUnavailableException {
        if (target.tokenPath() == null || target.tokenPath().isBlank()) {
            throw new TokenUnavailableException("no login path is configured for token authentication");
        }
        Map<String, String> login = new LinkedHashMap<>();
        login.put("appKey", target.appKey());
        login.put("appSecret", secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url(target.tokenPath())))
                .timeout(target.readTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(login)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TokenUnavailableException("login request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("login request interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new TokenUnavailableException("login failed with HTTP " + response.statusCode());
        }
        String path = target.tokenJsonPath() == null || target.tokenJsonPath().isBlank() ? "token"
                : target.tokenJsonPath();
        Optional<String> token = ResponseInterpreter.readCode(response.body(), path);
        if (token.isEmpty() || token.get().isBlank()) {
            throw new TokenUnavailableException("login response has no token at '" + path + "'");
        }
        return new Token(token.get(), clock.instant().plus(target.tokenTtl()), target.version());
    }
}
