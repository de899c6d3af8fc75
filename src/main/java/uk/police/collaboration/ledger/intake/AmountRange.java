package uk.police.collaboration.ledger.intake;

import uk.police.collaboration.ledger.shared.MalformedValue;
import uk.police.collaboration.ledger.shared.Money;

import java.math.BigDecimal;

/**
 * Every amount in a command lies within ±£999,999,999,999.99 (twelve digits of pounds). Whether an
 * amount may be negative at all is the command's own rule (a request is positive:
 * {@code AMOUNT_NOT_POSITIVE}; a saving line may be a cost increase, written negative).
 * The read tables hold seventeen ({@code NUMERIC(19, 2)}, {@link Money#MAX_INTEGER_DIGITS}); the
 * five digits between are headroom for the sums the read side keeps (a programme's funding in one
 * year is the sum of its requests: 100,000 maximal requests in one programme-year still fit).
 * Judged on the command alone, whatever its dates. {@code ReadColumnLimitsTest} derives the
 * columns' limits from the database and holds this rule to them.
 */
final class AmountRange {

    static final String CODE = "AMOUNT_OUT_OF_RANGE";
    static final int MAX_INTEGER_DIGITS = 12;
    static final BigDecimal MAX = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).subtract(new BigDecimal("0.01"));

    private AmountRange() {
    }

    static void check(Money amount) {
        if (amount.pounds().abs().compareTo(MAX) > 0) {
            throw new MalformedValue(CODE, "an amount in a command lies between -" + MAX.toPlainString() + " and " + MAX.toPlainString());
        }
    }
}
