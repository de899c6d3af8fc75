package uk.police.collaboration.ledger.access;

import jakarta.servlet.DispatcherType;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may pass which door. Deny by default: every endpoint is named here with its roles, anything
 * not named is refused (401 to an anonymous caller, 403 to a signed-in one). What a reader then
 * sees is narrowed again by their {@link Clearance} where the data is read.
 * <p>
 * Users are either the demo users (embedded default run, HTTP Basic) or come from an OIDC issuer
 * as JWT bearer tokens (profiles postgres and axonserver); see docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
// The command-line import and verify run without a web server, and so without web security.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({DemoUsers.class, BodyLimits.class})
class SecurityConfig {

    private static final String SECRETARIAT = Role.SECRETARIAT.name();
    private static final String BOARD = Role.BOARD.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String FOI = Role.FOI.name();

    private final DemoUsers demoUsers;
    private final Environment environment;

    SecurityConfig(DemoUsers demoUsers, Environment environment) {
        this.demoUsers = demoUsers;
        this.environment = environment;
        DemoUsers.refuseWhereNotAllowed(demoUsers.enabled(), environment);
        if (!demoUsers.enabled() && environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "").isBlank()
                && environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "").isBlank()) {
            throw new IllegalStateException("No users: demo users are off and no OIDC issuer is configured; "
                    + "set LEDGER_OIDC_ISSUER_URI (spring.security.oauth2.resourceserver.jwt.issuer-uri); see docs/security.md");
        }
    }

    /** The JSON API: stateless, every request carries its own credentials. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BodyLimits limits) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(door -> door
                        .requestMatchers(POST, "/api/commands/**").hasRole(SECRETARIAT)
                        .requestMatchers(POST, "/api/journal").hasRole(SECRETARIAT)
                        .requestMatchers(GET, "/api/collaborations", "/api/collaborations/**").hasAnyRole(BOARD, SECRETARIAT, AUDITOR)
                        .requestMatchers(GET, "/api/registers", "/api/registers/**").permitAll()
                        .requestMatchers(GET, "/api/foi/**").hasAnyRole(FOI, BOARD, AUDITOR)
                        .requestMatchers(GET, "/api/integrity/**").hasRole(AUDITOR)
                        .requestMatchers(POST, "/api/integrity/digests", "/api/integrity/verify").hasRole(AUDITOR)
                        // Operations (rebuild the read side, watch it): with the other operations endpoints, the auditor's.
                        .requestMatchers(GET, "/api/admin/projections/status").hasRole(AUDITOR)
                        .requestMatchers(POST, "/api/admin/projections/replay").hasRole(AUDITOR)
                        .requestMatchers(GET, "/api/admin/projections/parked").hasRole(AUDITOR)
                        .requestMatchers(POST, "/api/admin/projections/parked/retry", "/api/admin/projections/parked/*/retry").hasRole(AUDITOR)
                        .anyRequest().denyAll())
                // CSRF protection is off for /api/** only. The API is stateless JSON: it never reads
                // a session or a cookie, and every request must carry its own credentials (an HTTP
                // Basic header or a bearer JWT), which a browser does not attach to a forged
                // cross-site request. Pages with form login (a later web UI) keep CSRF protection on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterAfter(new BodyLimitFilter(limits.journalBody().toBytes(), limits.commandBody().toBytes()), AuthorizationFilter.class);
        return common(http).build();
    }

    /** Everything else: the OpenAPI document and health are open, other actuator endpoints are the auditor's. */
    @Bean
    @Order(2)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(door -> door
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(GET, "/error").permitAll()
                        .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(AUDITOR)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return common(http).build();
    }

    /** Sign-in, refusals, the reader's clearance and the response headers, the same on every chain. */
    private HttpSecurity common(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint notSignedIn = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", demoUsers.enabled() ? "Basic realm=\"ledger\"" : "Bearer");
            ProblemWriter.write(response, 401, "NOT_AUTHENTICATED", "Sign in to use this endpoint");
        };
        AccessDeniedHandler notAllowed = (request, response, e) ->
                ProblemWriter.write(response, 403, "NOT_ALLOWED", "Your role does not allow this request");
        if (demoUsers.enabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(notSignedIn));
        } else {
            http.oauth2ResourceServer(oauth -> oauth
                    .authenticationEntryPoint(notSignedIn)
                    .accessDeniedHandler(notAllowed)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new OidcUsers(
                            environment.getProperty("ledger.security.roles-claim", "roles"),
                            environment.getProperty("ledger.security.username-claim", "preferred_username")))));
        }
        return http
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(notSignedIn).accessDeniedHandler(notAllowed))
                .addFilterAfter(new ClearanceFilter(), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .cacheControl(cache -> { })
                        .frameOptions(frames -> frames.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    }

    /** Demo only: one user per role, passwords from ledger.demo-users.*. */
    @Bean
    @ConditionalOnProperty(name = "ledger.demo-users.enabled", havingValue = "true")
    UserDetailsService demoUserDetails() {
        LoggerFactory.getLogger(SecurityConfig.class).warn("Demo users are enabled (secretariat, board, auditor, foi): "
                + "for demonstration only, never with real data; see docs/security.md");
        return demoUsers.userDetails(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
