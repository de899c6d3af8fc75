package uk.police.collaboration.ledger.agreement;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.agreement.api.PartyAcceded;
import uk.police.collaboration.ledger.agreement.api.PartyChange;
import uk.police.collaboration.ledger.agreement.api.PartyChangeConsented;
import uk.police.collaboration.ledger.agreement.api.PartyRemovedFromAgreement;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of accessions, removals and their consents is a contract. */
class PartyChangeEventShapesTest {

    @Test
    void partyChangeConsentedKeepsItsStoredShape() {
        assertStoredShapeApproved(new PartyChangeConsented("training-s22a", "regional-training", PartyChange.ACCESSION,
                "west", "north", "Chief Constable of Northshire"));
    }

    @Test
    void partyAccededKeepsItsStoredShape() {
        assertStoredShapeApproved(new PartyAcceded("training-s22a", "regional-training", AccessionTest.WEST,
                "Chief Constable of Westshire", "Deed of accession dated 10 June 2019"));
    }

    @Test
    void partyRemovedFromAgreementKeepsItsStoredShape() {
        assertStoredShapeApproved(new PartyRemovedFromAgreement("training-s22a", "regional-training", "west",
                "Westshire left the collaboration"));
    }
}
