package uk.police.collaboration.ledger.funding;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.ConfirmPrice;
import uk.police.collaboration.ledger.funding.api.PriceConfirmed;
import uk.police.collaboration.ledger.funding.api.PriceRangeStated;
import uk.police.collaboration.ledger.funding.api.StatePriceRange;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

import static uk.police.collaboration.ledger.shared.Dated.effective;
import static uk.police.collaboration.ledger.shared.Dated.on;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** The SOH hosting price of D09-2018: £45,704.63 – £65,117.33 a year, to be confirmed in November 2018. */
class PriceRangeTest {

    static final String RANGE = "glos-soh-hosting-price";
    static final String PROGRAMME = "gloucestershire-single-online-home";
    static final Money LOW = Money.of("45704.63");
    static final Money HIGH = Money.of("65117.33");

    private FixtureConfiguration<PriceRange> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PriceRange.class);
    }

    static PriceRangeStated stated() {
        return new PriceRangeStated(RANGE, PROGRAMME, "SOH hosting", LOW, HIGH, "per annum",
                LocalDate.parse("2018-11-01"), null);
    }

    @Test
    void aPriceIsStatedAsARangeNotYetConfirmed() {
        fixture.givenNoPriorActivity()
                .when(new StatePriceRange(RANGE, PROGRAMME, "SOH hosting", LOW, HIGH, "per annum",
                        LocalDate.parse("2018-11-01"), null))
                .expectEvents(stated());
    }

    @Test
    void aRangeWhoseLowEndIsAboveItsHighEndIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StatePriceRange(RANGE, PROGRAMME, "SOH hosting", HIGH, LOW, null, null, null))
                .expectException(ruleViolation("PRICE_RANGE_INVERTED", "£65,117.33", "£45,704.63"))
                .expectNoEvents();
    }

    @Test
    void aConfirmedPriceInsideTheRangeSaysSo() {
        fixture.given(on("2018-03-22", stated()))
                .when(new ConfirmPrice(RANGE, Money.of("52000.00"), "DPC"), effective("2018-11-15"))
                .expectEvents(new PriceConfirmed(RANGE, PROGRAMME, Money.of("52000.00"), "DPC", true));
    }

    @Test
    void aConfirmedPriceOutsideTheRangeIsRecordedAndMarked() {
        fixture.given(on("2018-03-22", stated()))
                .when(new ConfirmPrice(RANGE, Money.of("70000.00"), null), effective("2018-11-15"))
                .expectEvents(new PriceConfirmed(RANGE, PROGRAMME, Money.of("70000.00"), null, false));
    }

    @Test
    void aConfirmationDatedBeforeTheRangeWasStatedIsRefusedWhateverTheRecordingOrder() {
        fixture.given(on("2018-03-22", stated()))
                .when(new ConfirmPrice(RANGE, Money.of("52000.00"), null), effective("2018-03-01"))
                .expectException(ruleViolation("CONFIRMED_BEFORE_STATED", "2018-03-01", "2018-03-22"))
                .expectNoEvents();
    }

    @Test
    void aPriceIsConfirmedOnce() {
        fixture.given(on("2018-03-22", stated()), new PriceConfirmed(RANGE, PROGRAMME, Money.of("52000.00"), null, true))
                .when(new ConfirmPrice(RANGE, Money.of("53000.00"), null), effective("2018-12-01"))
                .expectException(ruleViolation("PRICE_ALREADY_CONFIRMED"))
                .expectNoEvents();
    }
}
