package org.regia.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: only the pages listed here are public; everything else needs a login, and object-level access is
 * checked in the services (method security). Form login for everyone, HTTP Basic for API clients, OIDC when a
 * provider is configured under {@code spring.security.oauth2.client.registration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/", "/login", "/register", "/register/**", "/verify", "/error", "/access-denied",
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/public/**", "/api/public/**", "/api/docs", "/api/docs/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
        "/dev/mailbox", "/actuator/health"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm id stored so hashes can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                            RegiaOidcUserService oidcUsers) throws Exception {
        RequestMatcher basicAuthApiCall = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Authorization") != null;
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/home", false)
                .failureHandler(new LoginFailureHandler())
                .permitAll())
            .httpBasic(Customizer.withDefaults())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthApiCall))
            .exceptionHandling(ex -> ex.accessDeniedPage("/access-denied"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
                .referrerPolicy(rp -> rp.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .defaultSuccessUrl("/home", false)
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        return http.build();
    }

    /** Sends the reason of a failed login (bad credentials, locked, not verified) to the login page. */
    static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        LoginFailureHandler() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                            jakarta.servlet.http.HttpServletResponse response,
                                            org.springframework.security.core.AuthenticationException exception)
                throws java.io.IOException, jakarta.servlet.ServletException {
            String reason = exception instanceof org.springframework.security.authentication.LockedException ? "locked"
                    : exception instanceof org.springframework.security.authentication.DisabledException ? "unverified"
                    : "credentials";
            getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
        }
    }
}
