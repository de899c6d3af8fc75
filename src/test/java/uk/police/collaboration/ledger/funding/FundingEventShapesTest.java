package uk.police.collaboration.ledger.funding;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.funding.api.FundingAllocated;
import uk.police.collaboration.ledger.funding.api.FundingRequested;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every funding event is a contract: each shape is approved once and locked. */
class FundingEventShapesTest {

    @Test
    void fundingRequestedKeepsItsStoredShape() {
        assertStoredShapeApproved(new FundingRequested("pfcc-100-2018-contact-management", "essex-contact-management",
                Money.of("188000.00"), FinancialYear.of("2018/19"),
                "Temporary implementation team and early appointment of key enabling roles",
                "Virement from the Operational Transformation Reserve", FundingRequestTest.ESSEX_BUDGET_LINES,
                "PFCC/100/2018"));
    }

    @Test
    void fundingAllocatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new FundingAllocated("pfcc-100-2018-contact-management", "essex-contact-management",
                "transition-2018-19", Money.of("188000.00"), FinancialYear.of("2018/19"), "PFCC/100/2018"));
    }
}
