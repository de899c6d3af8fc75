package uk.police.collaboration.ledger.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A period of decision dates typed into a form; either end may be open. */
public record Period(String fromText, String toText, LocalDate from, LocalDate to, FormErrors errors) {

    static Period read(String fromText, String toText) {
        FormErrors errors = FormErrors.none();
        LocalDate from = date(fromText, "from", "Enter the start of the period as a date, for example 2018-01-01", errors);
        LocalDate to = date(toText, "to", "Enter the end of the period as a date, for example 2018-12-31", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.field("to", "to", "The end of the period must be on or after its start");
        }
        return new Period(fromText == null ? "" : fromText, toText == null ? "" : toText, from, to, errors);
    }

    private static LocalDate date(String text, String field, String message, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.field(field, field, message);
            return null;
        }
    }
}
