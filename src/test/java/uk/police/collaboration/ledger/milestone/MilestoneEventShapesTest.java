package uk.police.collaboration.ledger.milestone;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.milestone.api.MilestoneAchieved;
import uk.police.collaboration.ledger.milestone.api.MilestoneRevised;
import uk.police.collaboration.ledger.milestone.api.MilestoneSet;

import java.time.LocalDate;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every milestone event is a contract: approved files in src/test/resources/approved/events. */
class MilestoneEventShapesTest {

    @Test
    void milestoneSetKeepsItsStoredShape() {
        assertStoredShapeApproved(new MilestoneSet("athena-go-live", "public-contact-bch", "Athena go-live",
                LocalDate.of(2018, 5, 1), "athena"));
    }

    @Test
    void milestoneRevisedKeepsItsStoredShape() {
        assertStoredShapeApproved(new MilestoneRevised("athena-go-live", "public-contact-bch",
                LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 1), "Go-live moved by the Athena consortium"));
    }

    @Test
    void milestoneAchievedKeepsItsStoredShape() {
        assertStoredShapeApproved(new MilestoneAchieved("athena-go-live", "public-contact-bch",
                "Athena live in all three forces"));
    }
}
