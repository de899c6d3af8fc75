package uk.police.collaboration.ledger.readside;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters read strictly: a malformed one is a 400, never silently ignored. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ReadRefused.badParameter(name, "expected a date YYYY-MM-DD, got '" + shorten(value) + "'");
        }
    }

    /** An ISO-8601 instant ("2018-04-01T00:00:00Z") or offset date-time ("2018-04-01T01:00:00+01:00"). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ReadRefused.badParameter(name, "expected an ISO-8601 instant such as 2018-04-01T00:00:00Z, got '"
                    + shorten(value) + "'");
        }
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw ReadRefused.badParameter(name, "must lie between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ReadRefused.badParameter(name, "expected a whole number, got '" + shorten(value) + "'");
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
