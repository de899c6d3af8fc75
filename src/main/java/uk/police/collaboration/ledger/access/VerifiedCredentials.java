package uk.police.collaboration.ledger.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in with a user name and password without paying BCrypt (about 100 ms of CPU) on every API
 * request: a successful check is remembered for a short time, keyed by an HMAC of the user name and
 * password under a random key made when the application starts and never stored. A request with the
 * same credentials within the expiry is answered from memory; anything else (a wrong password, an
 * expired or evicted entry) goes to the real check. Stored password hashes are untouched, failures
 * are never remembered, and the memory is bounded (least recently used entries go first).
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private record Remembered(Authentication authentication, long expiresAtNanos) {
    }

    private final AuthenticationProvider check;
    private final long ttlNanos;
    private final Map<String, Remembered> remembered;
    private final SecretKeySpec key;

    VerifiedCredentials(AuthenticationProvider check, Duration ttl, int capacity) {
        this.check = check;
        this.ttlNanos = ttl.toNanos();
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > capacity;
            }
        };
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof String password) || attempt.getName() == null) {
            return check.authenticate(attempt);
        }
        String id = keyOf(attempt.getName(), password);
        long now = System.nanoTime();
        synchronized (remembered) {
            Remembered known = remembered.get(id);
            if (known != null && now - known.expiresAtNanos() < 0) {
                return known.authentication();
            }
            remembered.remove(id);
        }
        Authentication verified = check.authenticate(attempt);
        if (verified != null && verified.isAuthenticated()) {
            synchronized (remembered) {
                remembered.put(id, new Remembered(verified, now + ttlNanos));
            }
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String keyOf(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
