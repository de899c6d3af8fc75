package uk.police.collaboration.ledger.decision;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.decision.api.DecisionMade;
import uk.police.collaboration.ledger.decision.api.DecisionOutcome;
import uk.police.collaboration.ledger.decision.api.DecisionPublished;
import uk.police.collaboration.ledger.decision.api.PartTwoAttached;
import uk.police.collaboration.ledger.decision.api.PartTwoGround;
import uk.police.collaboration.ledger.decision.api.PublicationDecided;
import uk.police.collaboration.ledger.decision.api.RedactionCompleted;
import uk.police.collaboration.ledger.decision.api.RedactionRequired;
import uk.police.collaboration.ledger.decision.api.SignOffRecorded;
import uk.police.collaboration.ledger.decision.api.SignOffRole;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every decision event is a contract: approved files in src/test/resources/approved/events. */
class DecisionEventShapesTest {

    @Test
    void decisionRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(DecisionSamples.gloucestershireRecorded());
    }

    @Test
    void signOffRecordedKeepsItsStoredShape() {
        assertStoredShapeApproved(new SignOffRecorded("PFCC/100/2018", "essex-contact-management",
                SignOffRole.TREASURER, "Abbey Gough"));
    }

    @Test
    void decisionMadeKeepsItsStoredShape() {
        assertStoredShapeApproved(new DecisionMade("PFCC/100/2018", "essex-contact-management",
                DecisionOutcome.AGREED, "R.C. Hirst", "I agree the recommendations to this report"));
    }

    @Test
    void publicationDecidedKeepsItsStoredShape() {
        assertStoredShapeApproved(new PublicationDecided("PFCC/100/2018", "essex-contact-management", false,
                "Commercial negotiations are under way"));
    }

    @Test
    void redactionRequiredKeepsItsStoredShape() {
        assertStoredShapeApproved(new RedactionRequired("PFCC/100/2018", "essex-contact-management", "appendix-a",
                "Appendix", "Names of the two members of staff whose posts are at risk",
                "s.40 FOIA personal information"));
    }

    @Test
    void redactionCompletedKeepsItsStoredShape() {
        assertStoredShapeApproved(new RedactionCompleted("PFCC/100/2018", "essex-contact-management", "appendix-a",
                "David Lawson", SignOffRole.CHIEF_EXECUTIVE));
    }

    @Test
    void partTwoAttachedKeepsItsStoredShape() {
        assertStoredShapeApproved(new PartTwoAttached("D09-2018", "single-online-home", "part-two-1",
                "Supplier prices of £45,704.63 to £65,117.33 per annum", PartTwoGround.COMMERCIAL_SENSITIVITY));
    }

    @Test
    void decisionPublishedKeepsItsStoredShape() {
        assertStoredShapeApproved(new DecisionPublished("PFCC/100/2018", "essex-contact-management",
                "https://www.essex.pfcc.police.uk/decisions/pfcc-100-2018"));
    }
}
