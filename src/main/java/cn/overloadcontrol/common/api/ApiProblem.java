package cn.overloadcontrol.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with one field of an API request.
 *
 * @param field the JSON field, for example {@code grossKg} or {@code records[3].grossKg}
 * @param value the value as received, or {@code null} when it was missing
 * @param code the stable rule code, the same as {@code FieldProblem.code()}
 * @param message the rule in Chinese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String field, String value, String code, String message) {
}
