package uk.police.collaboration.ledger.access;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per user name and per client address, each in a resilience4j rate limiter
 * whose permits are the failures still allowed in the current period. A successful sign-in uses
 * no permit; once either allowance is spent, every further attempt for that user or from that
 * address is refused (even with the right password) until the period renews it.
 * <p>
 * The counts are per node and in memory: a restart forgets them, and N nodes allow N times the
 * failures. The maps are bounded, so a flood of invented user names cannot exhaust memory.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Map<String, RateLimiter> users;
    private final Map<String, RateLimiter> addresses;
    private final RateLimiterConfig perUser;
    private final RateLimiterConfig perAddress;

    SignInThrottle(SignInThrottleSettings settings) {
        this.perUser = config(settings.failuresPerUser(), settings.period());
        this.perAddress = config(settings.failuresPerAddress(), settings.period());
        this.users = bounded(settings.tracked());
        this.addresses = bounded(settings.tracked());
    }

    /** How long the caller must wait before trying again, if this user or this address has no failures left. */
    Optional<Duration> refusal(String user, String address) {
        Duration wait = Duration.ZERO;
        if (user != null) {
            wait = max(wait, waitFor(users, key(user)));
        }
        if (address != null) {
            wait = max(wait, waitFor(addresses, address));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Spring Security's event for a wrong password (or an unknown user), from either door. */
    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent failure) {
        Object details = failure.getAuthentication().getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        recordFailure(failure.getAuthentication().getName(), address);
    }

    void recordFailure(String user, String address) {
        boolean userLeft = user == null || limiter(users, key(user), perUser).acquirePermission();
        boolean addressLeft = address == null || limiter(addresses, address, perAddress).acquirePermission();
        if (!userLeft || !addressLeft) {
            log.warn("Sign-in throttled: too many failed sign-ins {}", !userLeft ? "for one user name" : "from one address");
        }
    }

    private static Duration waitFor(Map<String, RateLimiter> limiters, String key) {
        RateLimiter limiter = limiters.get(key);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
            return Duration.ZERO;
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Duration.ofNanos(Math.max(nanos, 1));
    }

    private static RateLimiter limiter(Map<String, RateLimiter> limiters, String key, RateLimiterConfig config) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(key, k -> RateLimiter.of("sign-in", config));
        }
    }

    /** User names compare without case, as the user stores do. */
    private static String key(String user) {
        return user.toLowerCase(java.util.Locale.ROOT);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static RateLimiterConfig config(int failures, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(failures).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO).build();
    }

    private static Map<String, RateLimiter> bounded(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > size;
            }
        });
    }
}
