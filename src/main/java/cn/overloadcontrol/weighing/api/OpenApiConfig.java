package cn.overloadcontrol.weighing.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /v3/api-docs and shown by Swagger UI to logged-in users.
 * The signature scheme and the error codes are described here because OpenAPI has no HMAC type.
 */
@Configuration
class OpenApiConfig {

    static final String SIGNATURE = "hmac-signature";

    private static final String DESCRIPTION = """
            Stations and vendor weighbridge software send weighing records here.

            **Authentication.** Every request carries X-Key-Id, X-Timestamp (epoch milliseconds or \
            ISO-8601 with offset), X-Nonce (8 to 64 of A-Z a-z 0-9 _ -, never reused) and X-Signature, \
            the HMAC-SHA256 (hex or base64) keyed with the credential secret over these five lines joined \
            by "\\n": method, path, X-Timestamp, X-Nonce, hex SHA-256 of the body. See docs/api.md.

            **Weight curve.** The optional `weightCurve` of a record carries the readings (`points`, at \
            most 3000) and raw indicator frames (`frames`, at most 3000, hex, at most 64 bytes each) of \
            the passage; `t` is milliseconds after the earliest point or frame and never decreases. Its \
            SHA-256 is part of the record content, so a resend with another curve is a conflict.

            **Errors** are JSON `{"code", "message", "problems"}` with a stable code:

            | HTTP | code | meaning |
            |---|---|---|
            | 401 | auth_header_missing | a signature header is missing |
            | 401 | key_unknown | no credential has this key id |
            | 401 | key_revoked | the credential was revoked |
            | 401 | timestamp_invalid | X-Timestamp is neither epoch milliseconds nor ISO-8601 |
            | 401 | timestamp_out_of_window | X-Timestamp is more than 5 minutes from the server clock |
            | 401 | nonce_invalid | X-Nonce has a wrong length or characters |
            | 401 | nonce_reused | X-Nonce was already used with this key |
            | 401 | signature_invalid | the signature does not match |
            | 403 | station_disabled | the station is out of service |
            | 413 | payload_too_large | the body is too large |
            | 429 | rate_limited | too many requests; wait Retry-After seconds |
            | 400 | body_unreadable | the body is not the expected JSON |
            | 400 | validation_failed | the record breaks a rule; problems name field, value and rule |
            | 400 | batch_empty, batch_too_large | a batch has no records or more than 500 |
            | 409 | record_conflict | the record number is taken by a record with different content |
            | 404, 405, 415, 500 | not_found, method_not_allowed, unsupported_media_type, internal_error | |
            """;

    @Bean
    OpenAPI ingestionOpenApi() {
        return new OpenAPI()
                .info(new Info().title("源头治超 称重记录接口 (weighing record ingestion API)").version("v1")
                        .description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(SIGNATURE, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-Signature")
                        .description("HMAC-SHA256 signature; X-Key-Id, X-Timestamp and X-Nonce are required too")));
    }
}
