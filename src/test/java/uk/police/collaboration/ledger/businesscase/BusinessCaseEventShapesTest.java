package uk.police.collaboration.ledger.businesscase;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.businesscase.api.AssuranceConclusion;
import uk.police.collaboration.ledger.businesscase.api.AssuranceRecorded;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseAdvanced;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseApproved;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseCirculated;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseDrafted;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseEndorsed;
import uk.police.collaboration.ledger.businesscase.api.BusinessCasePresented;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseRejected;

import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.FBC;
import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.OBC;
import static uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage.SOC;
import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every business case event is a contract: each shape is approved once and locked. */
class BusinessCaseEventShapesTest {

    @Test
    void businessCaseDraftedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseDrafted("7f-single-procurement", "eastern-region-7f", "procurement",
                "Single procurement department", FBC, "1"));
    }

    @Test
    void businessCaseEndorsedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseEndorsed("7f-physical-storage", "eastern-region-7f",
                "Stakeholders", OBC));
    }

    @Test
    void businessCaseCirculatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseCirculated("7f-single-procurement", "eastern-region-7f", "1",
                "Stakeholders", "Feedback prior to finalisation and presentation to the Summit on 12 October 2017"));
    }

    @Test
    void businessCasePresentedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCasePresented("7f-vetting", "eastern-region-7f", "7 Chiefs",
                "7 Chiefs' meeting, 10 August 2017"));
    }

    @Test
    void businessCaseApprovedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseApproved("7f-armed-policing-training", "eastern-region-7f",
                "7F Summit", null, FBC));
    }

    @Test
    void businessCaseRejectedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseRejected("kent-essex-cmcr", "kent-essex-cmcr", "Kent and Essex Chief Officers",
                "None of the collaborative options offers good value for money against Do Nothing"));
    }

    @Test
    void businessCaseAdvancedKeepsItsStoredShape() {
        assertStoredShapeApproved(new BusinessCaseAdvanced("bch-public-contact", "bch-public-contact", SOC, OBC,
                "Public Contact collaboration: outline business case"));
    }

    @Test
    void assuranceRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(new AssuranceRecorded("kent-essex-cmcr", "kent-essex-cmcr", "PA Consulting",
                AssuranceConclusion.CONFIRMED, 4,
                "The evidence provided within the report is sufficiently robust to support the recommendation to close the project"));
    }
}
