package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in pounds and pence. Never a binary floating point: the stored form is a
 * decimal string ("188000.00") so that no reader, in any language, can round it.
 *
 * <p>The written form is plain decimal text and nothing else: ASCII digits, optionally a point and
 * one or two digits of pence; no exponent ("1e3"), no plus sign, no spaces, no grouping, no other
 * script's digits. A minus sign is part of the stored form only (a sum or a difference the ledger
 * computed); a command's amounts are never negative ({@code AmountRange} in the intake). The
 * magnitude is bounded by {@link #MAX_INTEGER_DIGITS} so that every value the ledger can compute
 * fits the read tables' NUMERIC(19, 2) columns.
 */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    /** Digits before the point of any amount the ledger holds, computed sums included: NUMERIC(19, 2) holds 17. */
    public static final int MAX_INTEGER_DIGITS = 17;
    public static final String FORMAT_CODE = "INVALID_AMOUNT";
    static final String FORMAT_RULE = "an amount is plain decimal text such as 188000.00: ASCII digits, optionally a point "
            + "and one or two digits of pence; no exponent, sign, spaces or grouping";
    private static final Pattern WRITTEN = Pattern.compile("-?[0-9]{1," + MAX_INTEGER_DIGITS + "}(\\.[0-9]{1,2})?");
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
    /** Declared after the limits it is checked against (static fields initialise in order). */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(pounds, "amount");
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new MalformedValue(FORMAT_CODE, "an amount of money has at most two decimal places (pence)");
        }
        if (pounds.abs().compareTo(LIMIT) >= 0) {
            throw new MalformedValue(FORMAT_CODE, "an amount of money has at most " + MAX_INTEGER_DIGITS + " digits of pounds");
        }
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads the written form strictly (see the class comment); never trims, never guesses. */
    @JsonCreator
    public static Money of(String text) {
        if (text == null || !WRITTEN.matcher(text).matches()) {
            throw new MalformedValue(FORMAT_CODE, FORMAT_RULE);
        }
        return new Money(new BigDecimal(text));
    }

    public static Money of(long wholePounds) {
        return new Money(BigDecimal.valueOf(wholePounds));
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    public Money minus(Money other) {
        return new Money(pounds.subtract(other.pounds));
    }

    /** The share of this amount given by an exact percentage, rounded half-even to the penny. */
    public Money share(Percent percent) {
        return new Money(pounds.multiply(percent.value()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN));
    }

    public boolean isNegative() {
        return pounds.signum() < 0;
    }

    public boolean isPositive() {
        return pounds.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return pounds.compareTo(other.pounds);
    }

    @JsonValue
    @Override
    public String toString() {
        return pounds.toPlainString();
    }
}
