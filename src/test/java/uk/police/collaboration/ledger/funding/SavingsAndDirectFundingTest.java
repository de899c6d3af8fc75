package uk.police.collaboration.ledger.funding;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.DirectContributionRecorded;
import uk.police.collaboration.ledger.funding.api.IncomeRecorded;
import uk.police.collaboration.ledger.funding.api.RecordDirectContribution;
import uk.police.collaboration.ledger.funding.api.RecordIncome;
import uk.police.collaboration.ledger.funding.api.RecordSavings;
import uk.police.collaboration.ledger.funding.api.SavingLine;
import uk.police.collaboration.ledger.funding.api.SavingsRecorded;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** Savings as the EMSOU-FS tables state them; money paid by one party alone, and income, outside the shared model. */
class SavingsAndDirectFundingTest {

    static final String PROGRAMME = "emsou-fs";
    static final List<SavingLine> LINES = List.of(
            new SavingLine("leics", null, "Savings", Money.of("90181.00"), true, false),
            new SavingLine("leics", null, "Ops CSI Managers savings", Money.of("63457.00"), true, false),
            new SavingLine("northants", null, "Savings", Money.of("62470.00"), true, true));

    @Test
    void savingsAreRecordedPerPartyWithThePapersTotal() {
        new AggregateTestFixture<>(Savings.class).givenNoPriorActivity()
                .when(new RecordSavings("emsou-savings-formula", PROGRAMME, "Costs shared by funding formula",
                        "Current budget less new costs", "emsou-fs-4f-funding-formula", LINES, Money.of("91168.00")))
                .expectEvents(new SavingsRecorded("emsou-savings-formula", PROGRAMME, "Costs shared by funding formula",
                        "Current budget less new costs", "emsou-fs-4f-funding-formula", LINES, Money.of("91168.00")));
    }

    @Test
    void aSavingNamedTwiceForThePartyYearAndCategoryIsRefused() {
        List<SavingLine> twice = List.of(LINES.get(0), new SavingLine("leics", null, "Savings", Money.of("1.00"), false, false));
        new AggregateTestFixture<>(Savings.class).givenNoPriorActivity()
                .when(new RecordSavings("s", PROGRAMME, "t", "b", null, twice, null))
                .expectException(ruleViolation("DUPLICATE_SAVING_LINE", "leics", "Savings"))
                .expectNoEvents();
    }

    @Test
    void theSameCategoryInTwoFinancialYearsIsTwoSavings() {
        List<SavingLine> years = List.of(new SavingLine("leics", FinancialYear.of("2018/19"), "Staff", Money.of("1.00"), true, false),
                new SavingLine("leics", FinancialYear.of("2019/20"), "Staff", Money.of("2.00"), true, false));
        new AggregateTestFixture<>(Savings.class).givenNoPriorActivity()
                .when(new RecordSavings("s", PROGRAMME, "t", "b", null, years, null))
                .expectEvents(new SavingsRecorded("s", PROGRAMME, "t", "b", null, years, null));
    }

    @Test
    void aPartyPaysFromItsOwnReserveOutsideTheSharingModel() {
        new AggregateTestFixture<>(DirectContribution.class).givenNoPriorActivity()
                .when(new RecordDirectContribution("c1", PROGRAMME, "pcc", Money.of("45000.00"),
                        FinancialYear.of("2019/20"), "Pilot", "PCC's own reserve", "D/1"))
                .expectEvents(new DirectContributionRecorded("c1", PROGRAMME, "pcc", Money.of("45000.00"),
                        FinancialYear.of("2019/20"), "Pilot", "PCC's own reserve", "D/1"));
    }

    @Test
    void aContributionOfNothingIsRefused() {
        new AggregateTestFixture<>(DirectContribution.class).givenNoPriorActivity()
                .when(new RecordDirectContribution("c1", PROGRAMME, "pcc", Money.ZERO, FinancialYear.of("2019/20"),
                        "Pilot", null, null))
                .expectException(ruleViolation("AMOUNT_NOT_POSITIVE", "c1"))
                .expectNoEvents();
    }

    @Test
    void incomeIsRecordedWithWhoPaidIt() {
        new AggregateTestFixture<>(Income.class).givenNoPriorActivity()
                .when(new RecordIncome("i1", PROGRAMME, Money.of("12500.00"), FinancialYear.of("2019/20"),
                        "Partner college", "Course fees"))
                .expectEvents(new IncomeRecorded("i1", PROGRAMME, Money.of("12500.00"), FinancialYear.of("2019/20"),
                        "Partner college", "Course fees"));
    }

    @Test
    void negativeIncomeIsRefused() {
        new AggregateTestFixture<>(Income.class).givenNoPriorActivity()
                .when(new RecordIncome("i1", PROGRAMME, Money.of("-1.00"), FinancialYear.of("2019/20"), "x", "y"))
                .expectException(ruleViolation("AMOUNT_NOT_POSITIVE"))
                .expectNoEvents();
    }
}
