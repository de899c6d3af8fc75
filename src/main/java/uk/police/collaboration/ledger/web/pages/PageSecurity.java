package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The door to the pages: a session with form sign-in and CSRF protection (Thymeleaf puts the token
 * in every form), unlike the stateless API. Deny by default, each page named with the roles that
 * may open it (the same as src/test/resources/access-policy.yml); the pages check again and show
 * only the buttons the role may press. A browser that is not signed in is sent to the sign-in page;
 * any other client is answered 401, as on the API. HTTP Basic is accepted too (the demo users), so
 * the pages answer the same callers as the API does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageSecurity {

    static final String[] PAGES = {"/", "/login", "/logout", "/programmes", "/programmes/**", "/registers/**", "/foi",
            "/foi/**", "/integrity", "/integrity/**", "/record", "/record/**", "/journal", "/assets/**", "/favicon.ico", "/search"};

    @Bean
    @Order(0)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint signIn = signInOr401();
        http.securityMatcher(everythingButTheApi())
                .authorizeHttpRequests(door -> door
                        .dispatcherTypeMatchers(DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/page-errors/**").denyAll() // reached only by the forward below
                        .requestMatchers(GET, "/assets/**", "/favicon.ico", "/login", "/").permitAll()
                        .requestMatchers(GET, "/registers/**", "/search").permitAll()
                        .requestMatchers(GET, "/programmes", "/programmes/**").hasAnyRole("BOARD", "SECRETARIAT", "AUDITOR")
                        .requestMatchers(GET, "/foi", "/foi/**").hasAnyRole("FOI", "BOARD", "AUDITOR")
                        .requestMatchers("/integrity", "/integrity/**").hasRole("AUDITOR")
                        .requestMatchers("/record", "/record/**", "/journal").hasRole("SECRETARIAT")
                        .requestMatchers(POST, "/logout").authenticated()
                        .requestMatchers(PAGES).denyAll()
                        // No page here: MVC answers with the 404 page (AuthorisationMatrixTest keeps every
                        // real endpoint in the policy, so nothing new can hide behind this line).
                        .requestMatchers(GET, "/**").permitAll()
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(signIn).accessDeniedHandler(notAllowed(signIn)))
                .headers(headers -> headers
                        .frameOptions(frames -> frames.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Every address but the API's, the OpenAPI document, actuator and Spring Boot's /error: so that a
     * mistyped address reaches the 404 page (not the API's Basic challenge, which pops a browser's
     * password dialog over a signed-in user).
     */
    private static RequestMatcher everythingButTheApi() {
        return new NegatedRequestMatcher(new OrRequestMatcher(PageErrors.NOT_PAGES.stream()
                .map(prefix -> (RequestMatcher) request -> request.getRequestURI()
                        .substring(request.getContextPath().length()).startsWith(prefix))
                .toList()));
    }

    /** Browsers (asking for HTML) go to the sign-in page; other clients get 401. */
    private static AuthenticationEntryPoint signInOr401() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return (request, response, e) -> {
            if (html.matches(request)) {
                login.commence(request, response, e);
            } else {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
        };
    }

    /**
     * 403 for a signed-in user whose role does not allow the page. A caller who is not signed in at
     * all (no session, no credentials) and whose form carries no CSRF token is asked to sign in instead.
     */
    private static AccessDeniedHandler notAllowed(AuthenticationEntryPoint signIn) {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(PageErrorPage.NOT_ALLOWED);
        return (request, response, e) -> {
            if (!signedIn() && request.getHeader("Authorization") == null) {
                signIn.commence(request, response, new org.springframework.security.authentication.InsufficientAuthenticationException(
                        "Sign in first", e));
            } else {
                forbidden.handle(request, response, e);
            }
        };
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

}
