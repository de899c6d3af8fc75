package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
