package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified sign-in is remembered briefly; a wrong password, another user or an expired entry goes to the real check. */
class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwordCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            checks.incrementAndGet();
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private static Authentication attempt(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void theSameUserAndPasswordAreCheckedOnceWithinTheExpiry() {
        VerifiedCredentials signIn = new VerifiedCredentials(passwordCheck, Duration.ofMinutes(1), 10);
        Authentication first = signIn.authenticate(attempt("board", "right"));
        Authentication second = signIn.authenticate(attempt("board", "right"));
        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndNeverAnsweredFromMemory() {
        VerifiedCredentials signIn = new VerifiedCredentials(passwordCheck, Duration.ofMinutes(1), 10);
        signIn.authenticate(attempt("board", "right"));
        assertThatThrownBy(() -> signIn.authenticate(attempt("board", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("board", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedAfresh() {
        VerifiedCredentials signIn = new VerifiedCredentials(passwordCheck, Duration.ofMinutes(1), 10);
        signIn.authenticate(attempt("board", "right"));
        assertThat(signIn.authenticate(attempt("auditor", "right")).getName()).isEqualTo("auditor");
        assertThat(checks).hasValue(2);
    }

    @Test
    void anExpiredOrEvictedEntryIsCheckedAgain() {
        VerifiedCredentials expired = new VerifiedCredentials(passwordCheck, Duration.ZERO, 10);
        expired.authenticate(attempt("board", "right"));
        expired.authenticate(attempt("board", "right"));
        assertThat(checks).hasValue(2);

        VerifiedCredentials small = new VerifiedCredentials(passwordCheck, Duration.ofMinutes(1), 1);
        small.authenticate(attempt("board", "right"));
        small.authenticate(attempt("foi", "right"));
        small.authenticate(attempt("board", "right"));
        assertThat(checks).hasValue(5);
    }
}
