package uk.police.collaboration.ledger.businesscase;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage;
import uk.police.collaboration.ledger.businesscase.api.TrancheApproved;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of a tranche approval is a contract. */
class TrancheApprovedEventShapeTest {

    @Test
    void trancheApprovedKeepsItsStoredShape() {
        assertStoredShapeApproved(new TrancheApproved("7f-procurement-fbc", "eastern-region-7f", BusinessCaseStage.FBC,
                "1", "7F Summit", "7F/2017/10"));
    }
}
