package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import static uk.police.collaboration.ledger.timeline.Words.join;
import static uk.police.collaboration.ledger.timeline.Words.lower;
import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;

/** Sentences of the risk register: a risk raised, re-rated, mitigated or closed, named by its label and description. */
final class RiskSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "RiskRaised" -> "Risk " + opt("(", t(p, "label"), ") ") + "raised: " + t(p, "description")
                    + (t(p, "likelihood") != null || t(p, "impact") != null ? " (" + rating(p) + ")" : "")
                    + opt("; owner ", t(p, "owner"));
            case "RiskMitigated" -> "Risk " + risk(p, names) + " mitigated: " + t(p, "mitigation");
            case "RiskClosed" -> "Risk " + risk(p, names) + " closed" + opt(": ", t(p, "reason"));
            case "RiskReRated" -> "Risk " + risk(p, names) + " re-rated: "
                    + join(rating(p), t(p, "owner") == null ? null : "owner " + t(p, "owner")) + opt(" (", t(p, "reason"), ")");
            default -> null;
        };
    }

    private static String risk(JsonNode p, Names names) {
        return q(names.name("risk", t(p, "riskId")));
    }

    /** "likelihood high; impact medium", either alone; null when the event rates neither. */
    private static String rating(JsonNode p) {
        return join(t(p, "likelihood") == null ? null : "likelihood " + lower(t(p, "likelihood")),
                t(p, "impact") == null ? null : "impact " + lower(t(p, "impact")));
    }
}
