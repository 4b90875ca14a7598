package cn.overloadcontrol.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Everything is same-origin: assets come from webjars in the jar, never from a CDN. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /** Target of a request from an expired or ended session; the login page then shows a notice. */
    static final String EXPIRED_URL = "/login?expired";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, LoginFailureHandler failureHandler,
            SessionRegistry sessionRegistry, SecurityContextRepository securityContextRepository) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/favicon.svg", "/login", "/error", "/error/**", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .sessionManagement(session -> session
                        // The idle timeout itself is server.servlet.session.timeout (30 minutes).
                        .invalidSessionUrl(EXPIRED_URL)
                        // Unlimited sessions per user, but registered, so that deactivating a user
                        // or changing the user's roles can end the user's sessions (UserSessions).
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessionRegistry)
                                .expiredUrl(EXPIRED_URL)))
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Turns off Spring Security's own observations. With the actuator's registry, Spring Security
     * otherwise times every filter, authentication and authorization. In a Java Flight Recorder
     * profile of the signed single-record API this took about 5% of the CPU samples. The request
     * as a whole is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the {id} prefix so the algorithm can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Creates the same repository as Spring Security's default, shared so that a changed principal can be saved. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about destroyed sessions, so it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
