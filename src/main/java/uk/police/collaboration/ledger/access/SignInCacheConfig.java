package uk.police.collaboration.ledger.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;

/**
 * The demo users' password check (HTTP Basic and the sign-in form) behind {@link VerifiedCredentials}.
 * Settings: {@code ledger.security.sign-in-cache.ttl} (default 60 s) and {@code .capacity} (default 1000).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "ledger.demo-users.enabled", havingValue = "true")
class SignInCacheConfig {

    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users,
                                          @Value("${ledger.security.sign-in-cache.ttl:PT60S}") Duration ttl,
                                          @Value("${ledger.security.sign-in-cache.capacity:1000}") int capacity) {
        return new VerifiedCredentials(new DaoAuthenticationProvider(users), ttl, capacity);
    }
}
