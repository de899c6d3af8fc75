package uk.police.collaboration.ledger.shared;

import java.time.LocalDate;

/**
 * The day a fact happened, read from the envelope's {@code effectiveOn} metadata ("2018-02-01" or
 * "2018-02-01T10:30"). Rules about dates compare these days — when things happened in the world —
 * never the order in which the ledger learned them.
 */
public final class EffectiveDay {

    private EffectiveDay() {
    }

    /** Null when the message carries no effective date (e.g. a fixture given no envelope). */
    public static LocalDate of(String effectiveOn) {
        if (effectiveOn == null || effectiveOn.length() < 10) {
            return null;
        }
        return LocalDate.parse(effectiveOn.substring(0, 10));
    }

    /** Whether {@code day} is known to fall before {@code other}; unknown days never do. */
    public static boolean before(LocalDate day, LocalDate other) {
        return day != null && other != null && day.isBefore(other);
    }
}
