package uk.police.collaboration.ledger.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demo only: one user per role for the embedded default run (ledger.demo-users.*). Each user's
 * name is the role's name; the password is configuration, either plain text or already encoded
 * ("{bcrypt}..."). Never for a real deployment: the profiles that face real data refuse to start
 * with these enabled ({@link #refuseWhereNotAllowed}).
 */
@ConfigurationProperties(prefix = "ledger.demo-users")
public record DemoUsers(boolean enabled, String secretariat, String board, String auditor, String foi) {

    /** Profiles that hold real data: users come from the organisation's identity provider there. */
    static final String[] REAL_DATA_PROFILES = {"postgres", "axonserver"};

    Map<Role, String> passwords() {
        Map<Role, String> passwords = new LinkedHashMap<>();
        passwords.put(Role.SECRETARIAT, secretariat);
        passwords.put(Role.BOARD, board);
        passwords.put(Role.AUDITOR, auditor);
        passwords.put(Role.FOI, foi);
        return passwords;
    }

    /** The application refuses to start with demo users in a profile that holds real data. */
    static void refuseWhereNotAllowed(boolean enabled, Environment environment) {
        if (enabled && environment.acceptsProfiles(Profiles.of(REAL_DATA_PROFILES))) {
            throw new IllegalStateException("Demo users (ledger.demo-users.enabled=true) are not allowed with profiles "
                    + Arrays.toString(REAL_DATA_PROFILES) + ": set ledger.demo-users.enabled=false and configure "
                    + "an OIDC issuer (LEDGER_OIDC_ISSUER_URI); see docs/security.md");
        }
    }

    InMemoryUserDetailsManager userDetails(PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        passwords().forEach((role, password) -> {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("ledger.demo-users." + role.name().toLowerCase() + " has no password");
            }
            UserDetails user = User.withUsername(role.name().toLowerCase())
                    .password(password.startsWith("{") ? password : encoder.encode(password))
                    .authorities(role.authority())
                    .build();
            users.createUser(user);
        });
        return users;
    }
}
