package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** An exact percentage between 0 and 100 ("31.5"), kept as a decimal so that shares sum exactly. */
public record Percent(BigDecimal value) {

    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        Objects.requireNonNull(value, "percentage");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a percentage lies between 0 and 100: " + value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    @JsonCreator
    public static Percent of(String text) {
        return new Percent(new BigDecimal(text.trim()));
    }

    public static Percent sum(Collection<Percent> parts) {
        return new Percent(parts.stream().map(Percent::value).reduce(BigDecimal.ZERO, BigDecimal::add).min(BigDecimal.valueOf(100)));
    }

    /** Exact sum without the 0..100 guard, for checking that shares add up. */
    public static BigDecimal total(Collection<Percent> parts) {
        return parts.stream().map(Percent::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
