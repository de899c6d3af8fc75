package uk.police.collaboration.ledger.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo users' password check (HTTP Basic and the sign-in form) behind {@link VerifiedCredentials}.
 * Settings: {@code ledger.security.sign-in-cache.ttl} (default 60 s) and {@code .capacity} (default 1000).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "ledger.demo-users.enabled", havingValue = "true")
@EnableConfigurationProperties(SignInCacheSettings.class)
class SignInCacheConfig {

    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users, SignInCacheSettings settings) {
        return new VerifiedCredentials(new DaoAuthenticationProvider(users), settings.ttl(), settings.capacity());
    }
}
