package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in pounds and pence. Never a binary floating point: the stored form is a
 * decimal string ("188000.00") so that no reader, in any language, can round it.
 *
 * <p>The written form is plain decimal text and nothing else: ASCII digits, optionally a point and
 * one or two digits of pence, after an optional minus sign; no exponent ("1e3"), no plus sign, no
 * spaces, no grouping, no other script's digits. Whether a field may be negative is its command's
 * rule (a saving line may be a cost increase; a funding request may not). The
 * magnitude is bounded by {@link #MAX_INTEGER_DIGITS} so that every value the ledger can compute
 * fits the read tables' NUMERIC(19, 2) columns.
 */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    /** Digits before the point of any amount the ledger holds, computed sums included: NUMERIC(19, 2) holds 17. */
    public static final int MAX_INTEGER_DIGITS = 17;
    public static final String FORMAT_CODE = "INVALID_AMOUNT";
    static final String FORMAT_RULE = "an amount is plain decimal text such as 188000.00: ASCII digits, optionally a point "
            + "and one or two digits of pence, after an optional minus sign; no exponent, plus sign, spaces or grouping";
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

    /**
     * This amount split by the given percentages so that the parts always add up exactly, to the
     * penny: each part is first rounded down to the penny, then the pennies left over go one each
     * to the parts that lost most by rounding down (largest remainder; on a tie, the part listed
     * first). With shares summing to 100% the parts sum to this amount; otherwise to the amount's
     * share rounded half-even. The parts are in the order of the percentages.
     */
    public List<Money> split(List<Percent> percentages) {
        BigDecimal pennies = pounds.movePointRight(2);
        List<BigDecimal> exact = percentages.stream()
                .map(p -> pennies.multiply(p.value()).movePointLeft(2)).toList();
        BigDecimal target = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(0, RoundingMode.HALF_EVEN);
        List<BigDecimal> parts = new ArrayList<>(exact.stream().map(e -> e.setScale(0, RoundingMode.FLOOR)).toList());
        int left = target.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).intValueExact();
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(parts.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            parts.set(i, parts.get(i).add(BigDecimal.ONE));
        }
        return parts.stream().map(p -> new Money(p.movePointLeft(2))).toList();
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
