package uk.police.collaboration.ledger.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The valid-time date of a fact, read from its envelope's {@code effectiveOn} ("2018-02-01" or
 * "2018-02-01T10:30"), as the rules of a record judge it. A message without one (an aggregate
 * fixture that gives no envelope) reads as {@link #UNDATED}: every such fact falls on the same
 * day, so the rules then follow the order of recording.
 */
public final class WorldDate {

    public static final LocalDate UNDATED = LocalDate.MIN;

    private WorldDate() {
    }

    public static LocalDate of(String effectiveOn) {
        if (effectiveOn == null || effectiveOn.isBlank()) {
            return UNDATED;
        }
        return effectiveOn.length() > 10 ? LocalDateTime.parse(effectiveOn).toLocalDate() : LocalDate.parse(effectiveOn);
    }

    /** "on 2018-02-01", or nothing for an undated fact, for messages. */
    public static String on(LocalDate date) {
        return date == null || date.equals(UNDATED) ? "" : " on " + date;
    }
}
