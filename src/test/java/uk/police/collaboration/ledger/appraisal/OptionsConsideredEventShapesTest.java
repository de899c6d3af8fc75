package uk.police.collaboration.ledger.appraisal;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.appraisal.api.AppraisalStage;
import uk.police.collaboration.ledger.appraisal.api.OptionsConsideredStated;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of options discarded at a stage and of stated counts is a contract. */
class OptionsConsideredEventShapesTest {

    @Test
    void optionDiscardedKeepsItsStoredShape() {
        assertStoredShapeApproved(OptionsConsideredTest.FELL);
    }

    @Test
    void optionsConsideredStatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new OptionsConsideredStated("transforming-forensics-options", "transforming-forensics",
                AppraisalStage.LONG_LIST, 5, "A range of five options"));
    }
}
