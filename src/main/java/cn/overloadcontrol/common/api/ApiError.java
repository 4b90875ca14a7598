package cn.overloadcontrol.common.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error of the {@code /api/**} endpoints.
 *
 * @param code stable, machine-readable error code, for example {@code signature_invalid}
 * @param message the reason in Chinese, for people reading logs at a station
 * @param problems the field problems of a rejected record, empty for other errors
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<ApiProblem> problems) {

    public ApiError {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
