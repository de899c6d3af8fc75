package uk.police.collaboration.ledger.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting an amount by cost shares: largest remainder to the penny, so the parts always add up. */
class MoneySplitTest {

    private static List<Percent> shares(String... values) {
        return java.util.Arrays.stream(values).map(Percent::of).toList();
    }

    @Test
    void halvesOfAnOddPennyGiveTheSpareToTheFirstParty() {
        assertThat(Money.of("63999.99").split(shares("50", "50")))
                .extracting(Money::toString).containsExactly("32000.00", "31999.99");
    }

    @Test
    void thirdsOfAHundredPoundsDoNotLoseAPenny() {
        assertThat(Money.of("100.00").split(shares("33.3333", "33.3333", "33.3334")))
                .extracting(Money::toString).containsExactly("33.33", "33.33", "33.34");
    }

    @Test
    void theSparePennyGoesToThePartThatLostMostByRounding() {
        // 10.00 by 33.3 / 33.4 / 33.3: exact 3.33, 3.34, 3.33 — nothing to spare, nothing invented.
        assertThat(Money.of("10.00").split(shares("33.3", "33.4", "33.3")))
                .extracting(Money::toString).containsExactly("3.33", "3.34", "3.33");
        // 0.05 by 31.5 / 30 / 20.4 / 18.1: exact 1.575, 1.5, 1.02, 0.905 pence.
        assertThat(Money.of("0.05").split(shares("31.5", "30", "20.4", "18.1")))
                .extracting(Money::toString).containsExactly("0.02", "0.01", "0.01", "0.01");
    }

    @Test
    void aPartyThatPaysNothingGetsNothing() {
        assertThat(Money.of("1.00").split(shares("0", "100"))).extracting(Money::toString).containsExactly("0.00", "1.00");
    }

    @Property(tries = 500)
    void thePartsAlwaysAddUpExactlyToTheWhole(@ForAll("amounts") Money amount, @ForAll("sharesOf100") List<Percent> shares) {
        List<Money> parts = amount.split(shares);
        assertThat(parts).hasSize(shares.size());
        assertThat(parts.stream().map(Money::pounds).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount.pounds());
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = amount.pounds().multiply(shares.get(i).value()).movePointLeft(2);
            assertThat(parts.get(i).pounds().subtract(exact).abs()).as("each part is within a penny of its exact share")
                    .isLessThan(new BigDecimal("0.01"));
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, 10_000_000_00L).map(pennies -> new Money(BigDecimal.valueOf(pennies, 2)));
    }

    /** Two to eight shares with up to four decimals, adding up to exactly 100. */
    @Provide
    Arbitrary<List<Percent>> sharesOf100() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> Arbitraries.integers().between(0, 1_000_000).list().ofSize(n)
                .map(cuts -> {
                    List<Integer> points = new ArrayList<>(cuts);
                    points.add(0);
                    points.add(1_000_000);
                    points.sort(Integer::compare);
                    List<Percent> shares = new ArrayList<>();
                    for (int i = 1; i < points.size(); i++) {
                        shares.add(new Percent(BigDecimal.valueOf(points.get(i) - points.get(i - 1), 4)));
                    }
                    return shares;
                }));
    }
}
