package cn.overloadcontrol.station.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every {@code /api/**} error a JSON {@code ApiError}, never the HTML error page: errors
 * that Spring MVC reports with {@code sendError} (404, 405, 415 ...) and exceptions that no
 * handler caught (500). Not a bean, so that Spring Boot does not register it for every URL.
 */
class ApiJsonErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiJsonErrorFilter.class);

    private final ApiErrorWriter errors;

    ApiJsonErrorFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, new JsonErrorResponse(response));
        } catch (ServletException | IOException | RuntimeException e) {
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                errors.write(response, HttpStatus.INTERNAL_SERVER_ERROR.value(), "internal_error");
            }
        }
    }

    /** Returns the stable code of an HTTP error that has no more specific one, for example not_found. */
    static String codeFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "http_" + status : known.name().toLowerCase(Locale.ROOT);
    }

    private final class JsonErrorResponse extends HttpServletResponseWrapper {

        JsonErrorResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            writeJson(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            writeJson(status);
        }

        private void writeJson(int status) throws IOException {
            resetBuffer();
            errors.write((HttpServletResponse) getResponse(), status, codeFor(status));
        }
    }
}
