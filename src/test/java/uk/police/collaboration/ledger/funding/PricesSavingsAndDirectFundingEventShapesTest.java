package uk.police.collaboration.ledger.funding;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.DirectContributionRecorded;
import uk.police.collaboration.ledger.funding.api.FundingTotalsStated;
import uk.police.collaboration.ledger.funding.api.IncomeRecorded;
import uk.police.collaboration.ledger.funding.api.PriceConfirmed;
import uk.police.collaboration.ledger.funding.api.SavingLine;
import uk.police.collaboration.ledger.funding.api.SavingsRecorded;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of price ranges, savings, stated totals and money outside the sharing model is a contract. */
class PricesSavingsAndDirectFundingEventShapesTest {

    @Test
    void priceRangeStatedKeepsItsStoredShape() {
        assertStoredShapeApproved(PriceRangeTest.stated());
    }

    @Test
    void priceConfirmedKeepsItsStoredShape() {
        assertStoredShapeApproved(new PriceConfirmed("glos-soh-hosting-price", "gloucestershire-single-online-home",
                Money.of("52000.00"), "DPC", true));
    }

    @Test
    void savingsRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(new SavingsRecorded("emsou-savings-formula", "emsou-fs",
                "Costs shared by funding formula", "Current budget less new costs", "emsou-fs-4f-funding-formula",
                List.of(new SavingLine("leics", FinancialYear.of("2017/18"), "Savings", Money.of("90181.00"), true, false),
                        new SavingLine("northants", null, "Savings", Money.of("62470.00"), false, true)),
                Money.of("27711.00")));
    }

    @Test
    void fundingTotalsStatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new FundingTotalsStated("essex-contact-management-funding-2018-19",
                "essex-contact-management", Money.of("20950000.00"), Money.of("21138000.00"), Money.of("188000.00"),
                Money.of("20949000.00"), Money.of("21137000.00"), Money.of("188000.00"), "TOTAL row as printed"));
    }

    @Test
    void directContributionRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(new DirectContributionRecorded("c1", "regional-training", "pcc", Money.of("45000.00"),
                FinancialYear.of("2019/20"), "Instructor pilot", "PCC's own reserve", "D/2"));
    }

    @Test
    void incomeRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(new IncomeRecorded("i1", "regional-training", Money.of("12500.00"),
                FinancialYear.of("2019/20"), "Partner college", "Course fees"));
    }
}
