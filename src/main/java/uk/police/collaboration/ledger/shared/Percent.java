package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact percentage between 0 and 100 ("31.5"), kept as a decimal so that shares sum exactly.
 * Written as plain decimal text (ASCII digits, optionally a point and up to
 * {@link #MAX_DECIMALS} decimals; no exponent, sign or spaces): the read tables hold a share as
 * NUMERIC(9, 4), so a fifth decimal would be rounded away there.
 */
public record Percent(BigDecimal value) {

    public static final int MAX_DECIMALS = 4;
    public static final String FORMAT_CODE = "INVALID_PERCENTAGE";
    private static final String FORMAT_RULE = "a percentage is plain decimal text between 0 and 100 such as 31.5, "
            + "with at most " + MAX_DECIMALS + " decimals; no exponent, sign or spaces";
    private static final Pattern WRITTEN = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1," + MAX_DECIMALS + "})?");
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        Objects.requireNonNull(value, "percentage");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new MalformedValue(FORMAT_CODE, "a percentage lies between 0 and 100");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new MalformedValue(FORMAT_CODE, FORMAT_RULE);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    @JsonCreator
    public static Percent of(String text) {
        if (text == null || !WRITTEN.matcher(text).matches()) {
            throw new MalformedValue(FORMAT_CODE, FORMAT_RULE);
        }
        return new Percent(new BigDecimal(text));
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
