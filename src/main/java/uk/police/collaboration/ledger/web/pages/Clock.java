package uk.police.collaboration.ledger.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The two clocks a reader may set: as of a date (valid time) and as known at an instant
 * (transaction time). Known-at is typed as a UK local date and time ("2018-04-01T09:00") or a
 * date (its end of day), or an ISO instant. A value that cannot be read is an error beside its field.
 */
public record Clock(String asOfText, String knownAtText, LocalDate asOf, Instant knownAt, FormErrors errors) {

    static Clock read(String asOfText, String knownAtText) {
        FormErrors errors = FormErrors.none();
        LocalDate asOf = null;
        Instant knownAt = null;
        if (asOfText != null && !asOfText.isBlank()) {
            try {
                asOf = LocalDate.parse(asOfText.trim());
            } catch (DateTimeParseException e) {
                errors.field("asOf", "asOf", "Enter the as-of date as a date, for example 2018-03-01");
            }
        }
        if (knownAtText != null && !knownAtText.isBlank()) {
            String text = knownAtText.trim();
            try {
                if (text.length() <= 10) {
                    knownAt = LocalDate.parse(text).plusDays(1).atStartOfDay(Fmt.UK).toInstant().minusNanos(1);
                } else if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                    knownAt = OffsetDateTime.parse(text).toInstant();
                } else {
                    knownAt = LocalDateTime.parse(text).atZone(Fmt.UK).toInstant();
                }
            } catch (DateTimeParseException e) {
                errors.field("knownAt", "knownAt", "Enter the known-at time as a date, or a date and time such as 2018-04-01T09:00");
            }
        }
        return new Clock(asOfText == null ? "" : asOfText, knownAtText == null ? "" : knownAtText, asOf, knownAt, errors);
    }

    public boolean set() {
        return asOf != null || knownAt != null;
    }
}
