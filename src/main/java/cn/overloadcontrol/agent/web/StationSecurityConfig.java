package cn.overloadcontrol.agent.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The local page's security: form login with the one operator account, CSRF tokens on every
 * form and htmx request, and the same content security policy as the platform.
 */
@Configuration
class StationSecurityConfig {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /** The plate cameras' push endpoints, see PlateCameraController. */
    static final String[] CAMERA_PUSH_PATHS = {"/camera/hikvision", "/camera/vzenith", "/NotificationInfo/*"};

    @Bean
    SecurityFilterChain stationSecurity(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.svg", "/login", "/error")
                        .permitAll()
                        // Plate cameras cannot log in; their endpoints accept only configured camera addresses.
                        .requestMatchers(CAMERA_PUSH_PATHS).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(CAMERA_PUSH_PATHS))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(OperatorAccount account) {
        return new InMemoryUserDetailsManager(User.withUsername(OperatorAccount.USERNAME)
                .password(account.passwordHash())
                .roles("OPERATOR")
                .build());
    }
}
