package uk.police.collaboration.ledger.intake;

import uk.police.collaboration.ledger.shared.MalformedValue;

import java.time.LocalDate;

/**
 * Every date a command carries, its effective date included, lies between 1 January 1900 and
 * 31 December 2199. Earlier dates predate every police body the ledger records (and year 0 does not
 * exist in the calendar the papers use); later ones are typing errors. A planned date (a milestone
 * due, a timescale's start) may lie in the future within the range; an effective date is also held
 * to "not after today" ({@link EffectiveDate}).
 */
final class DateRange {

    static final String CODE = "DATE_OUT_OF_RANGE";
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private DateRange() {
    }

    static void check(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new MalformedValue(CODE, "a date lies between " + EARLIEST + " and " + LATEST);
        }
    }
}
