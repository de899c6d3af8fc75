package uk.police.collaboration.ledger.funding;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.AllocateFunding;
import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.FundingAllocated;
import uk.police.collaboration.ledger.funding.api.FundingRequested;
import uk.police.collaboration.ledger.funding.api.RequestFunding;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** Essex PFCC decision report PFCC/100/2018: £188k in 2018/19 for the Contact Management change. */
class FundingRequestTest {

    private static final String REQUEST = "pfcc-100-2018-contact-management";
    private static final String COLLABORATION = "essex-contact-management";
    private static final FinancialYear YEAR = FinancialYear.of("2018/19");
    private static final String PURPOSE = "Temporary implementation team and early appointment of key enabling roles";
    private static final String SOURCE = "Virement from the Operational Transformation Reserve";

    /** The table of section 7, £'000 turned into pounds. */
    static final List<BudgetLine> ESSEX_BUDGET_LINES = List.of(
            line("Roles Unchanged", 5_554_000, 5_554_000),
            line("FCR Role changes", 7_330_000, 7_160_000),
            line("Crime Bureau Role changes", 5_674_000, 5_199_000),
            line("LDRM Role changes", 2_391_000, 2_192_000),
            line("Resolution Centre Role changes", 0, 632_000),
            line("Operations Support Role changes", 0, 266_000),
            line("Project Team roles", 0, 134_000));

    private static final FundingRequested REQUESTED = new FundingRequested(REQUEST, COLLABORATION,
            Money.of("188000.00"), YEAR, PURPOSE, SOURCE, ESSEX_BUDGET_LINES, "PFCC/100/2018");

    private FixtureConfiguration<FundingRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingRequest.class);
    }

    private static BudgetLine line(String name, long current, long revised) {
        return new BudgetLine(name, Money.of(current), Money.of(revised));
    }

    // RequestFunding

    @Test
    void theEssexRequestWhoseBudgetLinesReconcileIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RequestFunding(REQUEST, COLLABORATION, Money.of("188000.00"), YEAR, PURPOSE, SOURCE,
                        ESSEX_BUDGET_LINES, "PFCC/100/2018"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REQUESTED);
    }

    @Test
    void aRequestWithoutBudgetLinesNeedsNoReconciliation() {
        fixture.givenNoPriorActivity()
                .when(new RequestFunding(REQUEST, COLLABORATION, Money.of("188000.00"), YEAR, PURPOSE, null, null, null))
                .expectEvents(new FundingRequested(REQUEST, COLLABORATION, Money.of("188000.00"), YEAR, PURPOSE, null,
                        List.of(), null));
    }

    @Test
    void requestingNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestFunding(REQUEST, COLLABORATION, Money.ZERO, YEAR, PURPOSE, null, List.of(), null))
                .expectException(ruleViolation("AMOUNT_NOT_POSITIVE"))
                .expectNoEvents();
    }

    @Test
    void requestingANegativeAmountIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestFunding(REQUEST, COLLABORATION, Money.of("-188000.00"), YEAR, PURPOSE, null, List.of(), null))
                .expectException(ruleViolation("AMOUNT_NOT_POSITIVE", "not -£188,000.00"))
                .expectNoEvents();
    }

    @Test
    void budgetLinesThatDoNotAddUpToTheAmountAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestFunding(REQUEST, COLLABORATION, Money.of("188000.01"), YEAR, PURPOSE, SOURCE,
                        ESSEX_BUDGET_LINES, "PFCC/100/2018"))
                .expectException(ruleViolation("BUDGET_LINES_DO_NOT_RECONCILE",
                        "add £188,000.00 (revised £21,137,000.00 minus current £20,949,000.00), not the £188,000.01 requested"))
                .expectNoEvents();
    }

    // AllocateFunding

    @Test
    void allocatingUnderADecisionRecordsTheAllocation() {
        fixture.given(REQUESTED)
                .when(new AllocateFunding(REQUEST, "transition-2018-19", Money.of("188000.00"), "PFCC/100/2018"))
                .expectEvents(new FundingAllocated(REQUEST, COLLABORATION, "transition-2018-19", Money.of("188000.00"),
                        YEAR, "PFCC/100/2018"));
    }

    @Test
    void aSecondAllocationAddsToTheTotal() {
        fixture.given(REQUESTED, new FundingAllocated(REQUEST, COLLABORATION, "project-team", Money.of("134000.00"),
                        YEAR, "PFCC/100/2018"))
                .when(new AllocateFunding(REQUEST, "early-roles", Money.of("54000.00"), "PFCC/100/2018"))
                .expectEvents(new FundingAllocated(REQUEST, COLLABORATION, "early-roles", Money.of("54000.00"), YEAR,
                        "PFCC/100/2018"));
    }

    @Test
    void allocatingNothingIsRefused() {
        fixture.given(REQUESTED)
                .when(new AllocateFunding(REQUEST, "transition-2018-19", Money.ZERO, "PFCC/100/2018"))
                .expectException(ruleViolation("AMOUNT_NOT_POSITIVE"))
                .expectNoEvents();
    }

    @Test
    void reusingAnAllocationIdIsRefused() {
        fixture.given(REQUESTED, new FundingAllocated(REQUEST, COLLABORATION, "project-team", Money.of("134000.00"),
                        YEAR, "PFCC/100/2018"))
                .when(new AllocateFunding(REQUEST, "project-team", Money.of("1000.00"), "PFCC/100/2018"))
                .expectException(ruleViolation("DUPLICATE_ALLOCATION", "'project-team'"))
                .expectNoEvents();
    }

    @Test
    void allocatingMoreThanWasRequestedIsRefused() {
        fixture.given(REQUESTED)
                .when(new AllocateFunding(REQUEST, "transition-2018-19", Money.of("188000.01"), "PFCC/100/2018"))
                .expectException(ruleViolation("ALLOCATION_EXCEEDS_REQUEST", "more than the £188,000.00 requested"))
                .expectNoEvents();
    }

    @Test
    void allocationsTogetherExceedingTheRequestAreRefused() {
        fixture.given(REQUESTED, new FundingAllocated(REQUEST, COLLABORATION, "project-team", Money.of("134000.00"),
                        YEAR, "PFCC/100/2018"))
                .when(new AllocateFunding(REQUEST, "early-roles", Money.of("54000.01"), "PFCC/100/2018"))
                .expectException(ruleViolation("ALLOCATION_EXCEEDS_REQUEST", "£54,000.00 remains"))
                .expectNoEvents();
    }
}
