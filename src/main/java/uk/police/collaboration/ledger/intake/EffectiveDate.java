package uk.police.collaboration.ledger.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The valid-time of a fact: a UK date, optionally with a time ("2018-02-01" or
 * "2018-02-01T10:30"), written with a four-digit year and no sign, within {@link DateRange}
 * (1900-01-01 to 2199-12-31). A fact cannot have happened after the day it is recorded: that rule
 * is judged on the recorded-at date (today in the UK when the command arrives).
 */
public final class EffectiveDate {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** Year, month and day in ASCII digits, optionally a time to the minute, second or fraction; no sign, no zone. */
    private static final Pattern WRITTEN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?)?");

    private EffectiveDate() {
    }

    private static CommandRefused malformed(String field) {
        return new CommandRefused(400, "INVALID_EFFECTIVE_DATE",
                field + " must be a date such as 2018-02-01, optionally with a time such as 2018-02-01T10:30",
                List.of(field));
    }

    /** The date part, after checking the text; refuses malformed and future dates. */
    public static LocalDate parse(String text) {
        return parse(text, "effectiveOn");
    }

    /** The same for a date carried in another field (a correction's corrected date). */
    public static LocalDate parse(String text, String field) {
        LocalDate date;
        if (text == null || !WRITTEN.matcher(text).matches()) {
            throw malformed(field);
        }
        try {
            date = text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field);
        }
        if (date.isAfter(LocalDate.now(UK))) {
            throw new CommandRefused(422, "EFFECTIVE_DATE_IN_FUTURE",
                    "A fact cannot be recorded as having happened after today (" + LocalDate.now(UK) + ")",
                    List.of(field));
        }
        // After the future rule, so that a date after today is answered by it; in effect this refuses dates before 1900.
        if (date.isBefore(DateRange.EARLIEST) || date.isAfter(DateRange.LATEST)) {
            throw new CommandRefused(400, DateRange.CODE,
                    field + " lies between " + DateRange.EARLIEST + " and " + DateRange.LATEST, List.of(field));
        }
        return date;
    }
}
