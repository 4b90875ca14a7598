package cn.overloadcontrol.station.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The security of {@code /api/**}: signed requests without sessions, CSRF tokens or a login
 * form, and JSON errors. It runs before the web chain of the identity module, which handles
 * every other URL.
 */
@Configuration
class ApiSecurityConfig {

    /**
     * Secures the pairing endpoint: public, because a station without a credential cannot sign.
     * The one-time code in the body is the secret, and the pairing service limits failed attempts.
     */
    @Bean
    @Order(0)
    SecurityFilterChain pairingSecurity(HttpSecurity http, ApiErrorWriter errors) throws Exception {
        http
                .securityMatcher("/api/v1/pairing")
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new ApiJsonErrorFilter(errors), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SignatureVerifier verifier, StationRateLimiter rateLimiter,
            ApiErrorWriter errors, ApiProperties properties) throws Exception {
        http
                .securityMatcher("/api/**")
                // No cookies and no browser sessions: each request carries its own signature.
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(StationAuthentication.AUTHORITY))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> errors.write(response,
                                HttpStatus.UNAUTHORIZED.value(), ApiFailure.HEADER_MISSING.code(),
                                SignedRequest.SIGNATURE_HEADER))
                        .accessDeniedHandler((request, response, e) -> errors.write(response,
                                HttpStatus.FORBIDDEN.value(), "forbidden")))
                .addFilterBefore(new ApiJsonErrorFilter(errors), SecurityContextHolderFilter.class)
                .addFilterBefore(new HmacAuthenticationFilter(verifier, rateLimiter, errors, properties.maxBodyBytes()),
                        AuthorizationFilter.class);
        return http.build();
    }
}
