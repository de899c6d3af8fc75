package uk.police.collaboration.ledger.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do at the door (which endpoints answer them). What they may then see is their
 * {@link Clearance}, checked again where data is read.
 */
public enum Role {
    /** Records commands and imports journals; reads programmes. */
    SECRETARIAT(Clearance.SECRETARIAT),
    /** Reads everything except Part Two content. */
    BOARD(Clearance.BOARD),
    /** Reads everything, Part Two included; verifies integrity; never writes commands. */
    AUDITOR(Clearance.AUDITOR),
    /** Reads what may be released and produces FOI decision histories. */
    FOI(Clearance.FOI);

    private final Clearance clearance;

    Role(Clearance clearance) {
        this.clearance = clearance;
    }

    public Clearance clearance() {
        return clearance;
    }

    /** The Spring Security authority, e.g. ROLE_AUDITOR. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a name in configuration or a token claim stands for ("auditor", "AUDITOR", "ROLE_auditor"). */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = name.trim().toUpperCase(Locale.ROOT);
        if (plain.startsWith("ROLE_")) {
            plain = plain.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(plain)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Which role an authority such as ROLE_BOARD stands for, if any. */
    static Optional<Role> ofAuthority(String authority) {
        return authority != null && authority.startsWith("ROLE_") ? named(authority) : Optional.empty();
    }
}
