package uk.police.collaboration.ledger.risk;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.RiskClosed;
import uk.police.collaboration.ledger.risk.api.RiskMitigated;
import uk.police.collaboration.ledger.risk.api.RiskRaised;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every risk event is a contract: approved files in src/test/resources/approved/events. */
class RiskEventShapesTest {

    @Test
    void riskRaisedKeepsItsStoredShape() {
        assertStoredShapeApproved(new RiskRaised("soh-risk-c", "single-online-home", "c",
                "Costs have not been finalised before the SOI being signed", "High", "Medium", "Head of Public Affairs"));
    }

    @Test
    void riskMitigatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new RiskMitigated("soh-risk-c", "single-online-home",
                "Prices to be confirmed by DPC in November 2018 before any contract"));
    }

    @Test
    void riskClosedKeepsItsStoredShape() {
        assertStoredShapeApproved(new RiskClosed("soh-risk-c", "single-online-home",
                "Hosting costs confirmed in November 2018"));
    }
}
