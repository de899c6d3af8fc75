package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.TrancheApprovalView;

import java.util.ArrayList;
import java.util.List;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Tranches of business cases approved while the stage as a whole is still undecided. */
final class TranchesFold {

    private final List<TrancheApprovalView> approvals = new ArrayList<>();

    TranchesFold copy() {
        TranchesFold copy = new TranchesFold();
        copy.approvals.addAll(approvals);
        return copy;
    }

    void apply(RecordedEvent e) {
        if ("TrancheApproved".equals(e.eventType())) {
            JsonNode p = e.payload();
            approvals.add(new TrancheApprovalView(text(p, "businessCaseId"), text(p, "stage"), text(p, "tranche"),
                    text(p, "approvedBy"), text(p, "decisionReference"), e.effectiveOn(), e.eventId()));
        }
    }

    List<TrancheApprovalView> views() {
        return List.copyOf(approvals);
    }
}
