package uk.police.collaboration.ledger.foi;

import uk.police.collaboration.ledger.integrity.DecisionProof;
import uk.police.collaboration.ledger.programme.ProgrammeView.SignOffView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What may be released of a programme's decisions: published decisions only, redacted passages
 * replaced by "[Redacted: exemption]", Part Two content never present (only that it exists and on
 * what ground), and a closing list of what was withheld and why.
 */
public record DecisionHistoryView(String title, String collaborationId, String programme, LocalDate from, LocalDate to,
                                  List<ReleasedDecisionView> decisions, List<WithheldView> withheld) {

    public record ReleasedDecisionView(String collaborationId, String programme, String reference, String title,
                                       LocalDate decisionDate, String decisionMaker, String reportAuthor,
                                       List<String> recommendations, Money expenditure,
                                       boolean significantPublicInterest, String outcome, String decidedBy,
                                       String reasons, List<SignOffView> signOffs, LocalDate publishedOn, String url,
                                       List<WithheldView> withheld, DecisionProof proof) {

        /** The same release carrying its proof (integrity.ReleaseProofs): opened fields, inclusion paths, checkpoint. */
        ReleasedDecisionView withProof(DecisionProof proof) {
            return new ReleasedDecisionView(collaborationId, programme, reference, title, decisionDate, decisionMaker,
                    reportAuthor, recommendations, expenditure, significantPublicInterest, outcome, decidedBy, reasons,
                    signOffs, publishedOn, url, withheld, proof);
        }
    }

    /** kind: REDACTION (a passage, under an exemption) or PART_TWO (exempt material, on a ground). */
    public record WithheldView(String reference, String kind, String part, String exemption) {
    }
}
