package uk.police.collaboration.ledger.risk;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.risk.api.RiskReRated;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of a re-rating is a contract. */
class RiskReRatedEventShapeTest {

    @Test
    void riskReRatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new RiskReRated("training-risk-instructors", "regional-training", "High", null,
                "Chief Superintendent", "Two instructors left"));
    }
}
