package uk.police.collaboration.ledger.appraisal;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.appraisal.api.AppraisalOpened;
import uk.police.collaboration.ledger.appraisal.api.OptionApproved;
import uk.police.collaboration.ledger.appraisal.api.OptionNotSelected;
import uk.police.collaboration.ledger.appraisal.api.OptionProposed;
import uk.police.collaboration.ledger.appraisal.api.OptionRejected;
import uk.police.collaboration.ledger.appraisal.api.OptionWithdrawn;
import uk.police.collaboration.ledger.appraisal.api.Timescale;

import java.time.LocalDate;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every appraisal event is a contract; each shape is approved here. */
class AppraisalEventsApprovalTest {

    private static final String ID = "bch-public-contact-options";
    private static final String COLLABORATION = "bch-public-contact";

    @Test
    void appraisalOpenedKeepsItsShape() {
        assertStoredShapeApproved(new AppraisalOpened(ID, COLLABORATION, "The Future of Public Contact Collaboration",
                "public-contact"));
    }

    @Test
    void optionProposedKeepsItsShape() {
        assertStoredShapeApproved(new OptionProposed(ID, COLLABORATION, "option-2",
                "Progress collaboration in the medium term",
                "Allows Athena to land for 6-12 months and be better understood before scoping for a FBC",
                new Timescale(18, 24, LocalDate.of(2018, 1, 1)), false));
    }

    @Test
    void optionWithdrawnKeepsItsShape() {
        assertStoredShapeApproved(new OptionWithdrawn(ID, COLLABORATION, "option-4", "Duplicates option 2"));
    }

    @Test
    void optionApprovedKeepsItsShape() {
        assertStoredShapeApproved(new OptionApproved(ID, COLLABORATION, "option-2", "Strategic Alliance Summit",
                "Strategic Alliance Summit, 1 February 2018", "BCB 1 March 2018"));
    }

    @Test
    void optionNotSelectedKeepsItsShape() {
        assertStoredShapeApproved(new OptionNotSelected(ID, COLLABORATION, "option-1"));
    }

    @Test
    void optionRejectedKeepsItsShape() {
        assertStoredShapeApproved(new OptionRejected(ID, COLLABORATION, "option-3", "Strategic Alliance Summit",
                "Collaboration on public contact is still wanted"));
    }
}
