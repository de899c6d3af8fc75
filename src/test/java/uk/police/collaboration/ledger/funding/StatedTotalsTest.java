package uk.police.collaboration.ledger.funding;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.FundingRequested;
import uk.police.collaboration.ledger.funding.api.FundingTotalsStated;
import uk.police.collaboration.ledger.funding.api.StateFundingTotals;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** PFCC/100/2018 prints TOTAL £20,950k / £21,138k / £188k; its lines add to £20,949k / £21,137k / £188k. */
class StatedTotalsTest {

    static final String REQUEST = "essex-contact-management-funding-2018-19";
    static final String PROGRAMME = "essex-contact-management";
    static final List<BudgetLine> LINES = List.of(
            new BudgetLine("Roles Unchanged", Money.of("5554000.00"), Money.of("5554000.00")),
            new BudgetLine("FCR Role changes", Money.of("7330000.00"), Money.of("7160000.00")),
            new BudgetLine("Crime Bureau Role changes", Money.of("5674000.00"), Money.of("5199000.00")),
            new BudgetLine("LDRM Role changes", Money.of("2391000.00"), Money.of("2192000.00")),
            new BudgetLine("Resolution Centre Role changes", Money.of("0.00"), Money.of("632000.00")),
            new BudgetLine("Operations Support Role changes", Money.of("0.00"), Money.of("266000.00")),
            new BudgetLine("Project Team roles", Money.of("0.00"), Money.of("134000.00")));

    private FixtureConfiguration<FundingRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingRequest.class);
    }

    private static FundingRequested requested(List<BudgetLine> lines) {
        return new FundingRequested(REQUEST, PROGRAMME, Money.of("188000.00"), FinancialYear.of("2018/19"), "TOM",
                null, lines, "PFCC/100/2018");
    }

    @Test
    void thePapersTotalsAreKeptBesideTheSumsOfItsLines() {
        fixture.given(requested(LINES))
                .when(new StateFundingTotals(REQUEST, Money.of("20950000.00"), Money.of("21138000.00"),
                        Money.of("188000.00"), "TOTAL row as printed"))
                .expectEvents(new FundingTotalsStated(REQUEST, PROGRAMME, Money.of("20950000.00"),
                        Money.of("21138000.00"), Money.of("188000.00"), Money.of("20949000.00"),
                        Money.of("21137000.00"), Money.of("188000.00"), "TOTAL row as printed"));
    }

    @Test
    void noTotalAtAllIsRefused() {
        fixture.given(requested(LINES))
                .when(new StateFundingTotals(REQUEST, null, null, null, null))
                .expectException(ruleViolation("NO_TOTAL_STATED"))
                .expectNoEvents();
    }

    @Test
    void aRequestWithoutBudgetLinesHasNoTotalRow() {
        fixture.given(requested(List.of()))
                .when(new StateFundingTotals(REQUEST, null, null, Money.of("188000.00"), null))
                .expectException(ruleViolation("NO_BUDGET_LINES", REQUEST))
                .expectNoEvents();
    }

    @Test
    void totalsAreStatedOnce() {
        fixture.given(requested(LINES), new FundingTotalsStated(REQUEST, PROGRAMME, null, null, Money.of("188000.00"),
                        Money.of("20949000.00"), Money.of("21137000.00"), Money.of("188000.00"), null))
                .when(new StateFundingTotals(REQUEST, null, null, Money.of("188000.00"), null))
                .expectException(ruleViolation("TOTALS_ALREADY_STATED"))
                .expectNoEvents();
    }
}
