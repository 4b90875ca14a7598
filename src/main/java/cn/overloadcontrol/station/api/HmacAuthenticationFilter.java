package cn.overloadcontrol.station.api;

import java.io.IOException;
import java.time.Duration;

import cn.overloadcontrol.station.StationPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests by their HMAC signature and applies the station's rate
 * limit. A rejected request gets its JSON error here and never reaches a controller. Not a bean,
 * so that Spring Boot does not also register it for every URL.
 */
class HmacAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HmacAuthenticationFilter.class);

    private final SignatureVerifier verifier;
    private final StationRateLimiter rateLimiter;
    private final ApiErrorWriter errors;
    private final int maxBodyBytes;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    HmacAuthenticationFilter(SignatureVerifier verifier, StationRateLimiter rateLimiter, ApiErrorWriter errors,
            int maxBodyBytes) {
        this.verifier = verifier;
        this.rateLimiter = rateLimiter;
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = readBody(request);
            StationPrincipal station = verifier.verify(signedRequest(request, body));
            applyRateLimit(station, response);
            authenticate(station);
        } catch (ApiAuthenticationException e) {
            log.warn("Rejected API request {} {} from {} with key {}: {}", request.getMethod(),
                    request.getRequestURI(), request.getRemoteAddr(), request.getHeader(SignedRequest.KEY_ID_HEADER),
                    e.getMessage());
            errors.write(response, e);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    // NOTE: the whole body is held in memory to hash it, which suits JSON records; evidence
    // uploads (photos, clips) will need a streaming variant with its own size limit.
    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge(request.getContentLengthLong());
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
        return body;
    }

    private ApiAuthenticationException tooLarge(long length) {
        return new ApiAuthenticationException(ApiFailure.PAYLOAD_TOO_LARGE, "body of " + length + " bytes",
                maxBodyBytes);
    }

    private static SignedRequest signedRequest(HttpServletRequest request, byte[] body) {
        return new SignedRequest(request.getMethod(), request.getRequestURI(),
                request.getHeader(SignedRequest.KEY_ID_HEADER), request.getHeader(SignedRequest.TIMESTAMP_HEADER),
                request.getHeader(SignedRequest.NONCE_HEADER), request.getHeader(SignedRequest.SIGNATURE_HEADER),
                body);
    }

    private void applyRateLimit(StationPrincipal station, HttpServletResponse response) {
        Duration wait = rateLimiter.tryAcquire(station.stationId());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw new ApiAuthenticationException(ApiFailure.RATE_LIMITED, "station " + station.stationCode()
                    + " over its rate limit", seconds);
        }
    }

    private void authenticate(StationPrincipal station) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new StationAuthentication(station));
        contexts.setContext(context);
    }
}
