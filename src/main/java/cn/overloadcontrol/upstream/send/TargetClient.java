package cn.overloadcontrol.upstream.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.springframework.stereotype.Component;

/**
 * Sends one request to a target: signs or authorizes it, applies the target's timeouts and
 * reads the response. Every request carries the {@code Idempotency-Key} header, which the caller
 * keeps the same on every retry of the same tasks. Exceptions never escape: a failure is a
 * {@link DeliveryOutcome}.
 */
@Component
class TargetClient {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private record CachedClient(HttpClient client, Duration connectTimeout) {
    }

    private final TargetStore targets;
    private final RequestSigner signer;
    private final TokenCache tokens;
    private final ResponseInterpreter interpreter;
    private final Map<Long, CachedClient> clients = new ConcurrentHashMap<>();

    TargetClient(TargetStore targets) {
        Clock clock = Clock.systemUTC();
        this.targets = targets;
        this.signer = new RequestSigner(clock);
        this.tokens = new TokenCache(clock);
        this.interpreter = new ResponseInterpreter(clock);
    }

    DeliveryOutcome post(UploadTarget target, String path, byte[] body, String idempotencyKey) {
        HttpClient client = client(target);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url(path)))
                .timeout(target.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(IDEMPOTENCY_HEADER, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String secret;
        try {
            secret = targets.secret(target).orElse("");
        } catch (IllegalStateException e) {
            return DeliveryOutcome.retry(null, "the stored secret cannot be decrypted; enter it again");
        }
        if (target.authKind() == AuthKind.TOKEN) {
            try {
                request.header("Authorization", "Bearer " + tokens.token(target, secret, client));
            } catch (TokenCache.TokenUnavailableException e) {
                return DeliveryOutcome.retry(null, "no token: " + e.getMessage());
            }
        }
        signer.headers(target, secret, "POST", URI.create(target.url(path)).getRawPath(), idempotencyKey, body)
                .forEach(request::header);
        return exchange(target, client, request.build());
    }

    private DeliveryOutcome exchange(UploadTarget target, HttpClient client, HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            // The request timeout ends at the headers; the outer bound also covers a stalled body.
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .get(target.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return DeliveryOutcome.retry(null, "timed out after " + target.readTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            return DeliveryOutcome.retry(null, describe(e.getCause(), target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.retry(null, "interrupted while sending");
        }
        if (response.statusCode() == 401 && target.authKind() == AuthKind.TOKEN) {
            tokens.invalidate(target.id());
            return DeliveryOutcome.retry(401, "token rejected (HTTP 401); a new token is fetched for the retry");
        }
        return interpreter.interpret(target, response.statusCode(),
                response.headers().firstValue("Retry-After"), response.body());
    }

    private static String describe(Throwable cause, UploadTarget target) {
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + target.readTimeout().toMillis() + " ms";
        }
        if (cause instanceof IOException) {
            return "connection failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        return "request failed: " + cause;
    }

    private HttpClient client(UploadTarget target) {
        CachedClient cached = clients.get(target.id());
        if (cached != null && cached.connectTimeout().equals(target.connectTimeout())) {
            return cached.client();
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(target.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        clients.put(target.id(), new CachedClient(client, target.connectTimeout()));
        return client;
    }
}
