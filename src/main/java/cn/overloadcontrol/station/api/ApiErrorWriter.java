package cn.overloadcontrol.station.api;

import java.io.IOException;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.common.api.ApiProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@link ApiError} bodies from filters, where no controller advice applies. */
@Component
class ApiErrorWriter {

    private final JsonMapper json;
    private final ApiProblems problems;

    ApiErrorWriter(JsonMapper json, ApiProblems problems) {
        this.json = json;
        this.problems = problems;
    }

    void write(HttpServletResponse response, int status, String code, Object... messageArgs) throws IOException {
        ApiError error = ApiError.of(code, problems.errorMessage(code, messageArgs));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(error));
        response.flushBuffer();
    }

    void write(HttpServletResponse response, ApiAuthenticationException failure) throws IOException {
        write(response, failure.failure().status().value(), failure.failure().code(), failure.messageArgs());
    }
}
