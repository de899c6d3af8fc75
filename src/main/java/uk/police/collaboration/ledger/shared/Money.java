package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in pounds and pence. Never a binary floating point: the stored form is a
 * decimal string ("188000.00") so that no reader, in any language, can round it.
 */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(pounds, "amount");
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount of money has at most two decimal places (pence): " + pounds);
        }
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(String text) {
        return new Money(new BigDecimal(text.trim()));
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
