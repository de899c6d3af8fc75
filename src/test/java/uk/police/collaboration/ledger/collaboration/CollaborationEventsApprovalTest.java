package uk.police.collaboration.ledger.collaboration;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.collaboration.api.ClosureOutcome;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.collaboration.api.CostShare;
import uk.police.collaboration.ledger.collaboration.api.CostSharingAgreed;
import uk.police.collaboration.ledger.collaboration.api.CostSharingBasis;
import uk.police.collaboration.ledger.collaboration.api.CostSharingProposed;
import uk.police.collaboration.ledger.collaboration.api.GovernanceChanged;
import uk.police.collaboration.ledger.collaboration.api.Party;
import uk.police.collaboration.ledger.collaboration.api.PartyJoined;
import uk.police.collaboration.ledger.collaboration.api.PartyKind;
import uk.police.collaboration.ledger.collaboration.api.PartyWithdrew;
import uk.police.collaboration.ledger.collaboration.api.ProgressRecorded;
import uk.police.collaboration.ledger.collaboration.api.WorkstreamAdded;
import uk.police.collaboration.ledger.shared.Percent;

import java.util.List;

import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every collaboration event is a contract; each shape is approved here. */
class CollaborationEventsApprovalTest {

    private static final String ID = "emsou-fs";
    private static final List<CostShare> FUNDING_FORMULA_SHARES = List.of(
            new CostShare("leics", Percent.of("31.5")), new CostShare("derbys", Percent.of("30.0")),
            new CostShare("northants", Percent.of("20.4")), new CostShare("lincs", Percent.of("18.1")));

    @Test
    void collaborationRegisteredKeepsItsShape() {
        assertStoredShapeApproved(new CollaborationRegistered(ID, "EMSOU Forensic Services transformation",
                "Regional forensic services for the East Midlands forces",
                List.of(new Party("leics", "Leicestershire Police", PartyKind.FORCE, false),
                        new Party("notts-pcc", "Police and Crime Commissioner for Nottinghamshire", PartyKind.PCC,
                                true)),
                "leics", "Chief Constable, Leicestershire Police"));
    }

    @Test
    void partyJoinedKeepsItsShape() {
        assertStoredShapeApproved(new PartyJoined(ID,
                new Party("lincs", "Lincolnshire Police", PartyKind.FORCE, false)));
    }

    @Test
    void partyWithdrewKeepsItsShape() {
        assertStoredShapeApproved(new PartyWithdrew(ID, "notts",
                "The single employer model was not supported by Nottinghamshire"));
    }

    @Test
    void workstreamAddedKeepsItsShape() {
        assertStoredShapeApproved(new WorkstreamAdded("eastern-7f", "cj-ocd", "Out of Court Disposals", "cj",
                "ACC Blaker"));
    }

    @Test
    void governanceChangedKeepsItsShape() {
        assertStoredShapeApproved(new GovernanceChanged("bch-public-contact",
                "Local senior officer ownership and responsibility of the FCRs returned to forces",
                "Option 2 approved at the Strategic Alliance Summit on 1 February 2018", "Public Contact SMT"));
    }

    @Test
    void progressRecordedKeepsItsShape() {
        assertStoredShapeApproved(new ProgressRecorded("eastern-7f", "procurement", "7 Chiefs' meeting",
                "Progress report on the top 10 contract opportunities"));
    }

    @Test
    void costSharingProposedKeepsItsShape() {
        assertStoredShapeApproved(new CostSharingProposed(ID, "4f-formula", "4 force, costs shared by funding formula",
                CostSharingBasis.FUNDING_FORMULA, FUNDING_FORMULA_SHARES, java.time.LocalDate.parse("2017-04-20")));
    }

    @Test
    void costSharingAgreedKeepsItsShape() {
        assertStoredShapeApproved(new CostSharingAgreed(ID, "4f-formula", "4 force, costs shared by funding formula",
                CostSharingBasis.FUNDING_FORMULA, FUNDING_FORMULA_SHARES, "PCSB 20 April 2017",
                java.time.LocalDate.parse("2017-05-01")));
    }

    @Test
    void collaborationClosedKeepsItsShape() {
        assertStoredShapeApproved(new CollaborationClosed("eastern-7f-storage", ClosureOutcome.NOT_PROGRESSED,
                "Options appraisal against 'Do Nothing' confirmed by external assurance"));
    }
}
