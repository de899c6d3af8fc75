package uk.police.collaboration.ledger.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Sign-in throttling for both doors that take a password: HTTP Basic on the API (demo users) and
 * the pages' sign-in form. A filter in front of Spring Security refuses an attempt with 429 and
 * Retry-After while the user name or the client address has no failures left; failures are
 * counted from Spring Security's bad-credentials events. Bearer tokens (OIDC) carry no password
 * and are not counted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SignInThrottleSettings.class)
class SignInThrottling {

    static final String LOGIN_PATH = "/login";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signInThrottleFilter(SignInThrottle throttle) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ThrottleFilter(throttle));
        // Before Spring Security's chain, so a refused attempt never reaches a password check.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    static final class ThrottleFilter extends OncePerRequestFilter {

        private final SignInThrottle throttle;

        ThrottleFilter(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> user = attemptedUser(request);
            if (user.isPresent()) {
                Optional<Duration> wait = throttle.refusal(user.get(), request.getRemoteAddr());
                if (wait.isPresent()) {
                    response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.get().toMillis() + 999) / 1000)));
                    ProblemWriter.write(response, 429, "SIGN_IN_THROTTLED",
                            "Too many failed sign-ins for this user or from this address; wait and try again");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /** The user name of a sign-in attempt: an HTTP Basic header, or the sign-in form's post. */
        static Optional<String> attemptedUser(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
                return Optional.of(Optional.ofNullable(request.getParameter("username")).orElse(""));
            }
            return Optional.empty();
        }
    }
}
