package uk.police.collaboration.ledger.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The valid-time of a fact: a UK date, optionally with a time ("2018-02-01" or
 * "2018-02-01T10:30"). A fact cannot have happened after the day it is recorded.
 */
public final class EffectiveDate {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private EffectiveDate() {
    }

    /** The date part, after checking the text; refuses malformed and future dates. */
    public static LocalDate parse(String text) {
        return parse(text, "effectiveOn");
    }

    /** The same for a date carried in another field (a correction's corrected date). */
    public static LocalDate parse(String text, String field) {
        LocalDate date;
        try {
            date = text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandRefused(400, "INVALID_EFFECTIVE_DATE",
                    field + " must be a date such as 2018-02-01, optionally with a time such as 2018-02-01T10:30",
                    List.of(field));
        }
        if (date.isAfter(LocalDate.now(UK))) {
            throw new CommandRefused(422, "EFFECTIVE_DATE_IN_FUTURE",
                    "A fact cannot be recorded as having happened after today (" + LocalDate.now(UK) + ")",
                    List.of(field));
        }
        return date;
    }
}
