package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.pounds;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/**
 * Sentences of a formal decision: recorded, signed off, made, published, redacted, with Part Two
 * material. The redacted passage and the Part Two content are quoted only to a reader whose clearance
 * allows; for anyone else the sentence says that there is one, and not what it says.
 */
record DecisionSentences(Clearance clearance) implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "DecisionRecorded" -> "Decision " + t(p, "reference") + " recorded: " + q(t(p, "title"))
                    + opt(", for ", t(p, "decisionMaker"))
                    + (t(p, "expenditure") != null ? "; expenditure " + pounds(t(p, "expenditure")) : "");
            case "SignOffRecorded" -> "Decision " + t(p, "reference") + " signed off by " + t(p, "name") + " (" + words(t(p, "role")) + ")";
            case "DecisionMade" -> "Decision " + t(p, "reference") + " " + words(t(p, "outcome")) + " by " + t(p, "decidedBy")
                    + opt(": ", t(p, "reasons"));
            case "PublicationDecided" -> "Decision " + t(p, "reference")
                    + (p.path("forPublication").asBoolean(false) ? " to be published" : " not to be published" + opt(": ", t(p, "reason")));
            case "RedactionRequired" -> "Redaction required in decision " + t(p, "reference") + " (" + t(p, "part") + ") under "
                    + t(p, "exemption") + (clearance.seesRedactedPassages() ? opt(": ", q(t(p, "passage"))) : "");
            case "RedactionCompleted" -> "Redaction in decision " + t(p, "reference") + " ("
                    + names.name("redaction", t(p, "reference") + "/" + t(p, "redactionId")) + ") signed off by " + t(p, "signedOffBy")
                    + opt(" (", words(t(p, "signedOffRole")), ")");
            case "PartTwoAttached" -> "Part Two (exempt) material attached to decision " + t(p, "reference") + " on the ground of "
                    + words(t(p, "ground")) + (clearance.seesPartTwo() ? opt(": ", q(t(p, "content"))) : "");
            case "DecisionPublished" -> "Decision " + t(p, "reference") + " published" + opt(" at ", t(p, "url"));
            default -> null;
        };
    }
}
