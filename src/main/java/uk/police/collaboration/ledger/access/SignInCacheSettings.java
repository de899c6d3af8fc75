package uk.police.collaboration.ledger.access;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How long a checked demo password is remembered (ledger.security.sign-in-cache.*), so HTTP Basic
 * does not pay the password hash on every request.
 *
 * @param ttl      how long a verified password is remembered (an ISO duration)
 * @param capacity at most this many remembered sign-ins
 */
@Validated
@ConfigurationProperties(prefix = "ledger.security.sign-in-cache")
record SignInCacheSettings(@DefaultValue("PT60S") @NotNull Duration ttl,
                           @DefaultValue("1000") @Min(1) int capacity) {
}
