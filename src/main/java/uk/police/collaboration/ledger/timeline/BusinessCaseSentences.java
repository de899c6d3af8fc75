package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.stage;
import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/**
 * Sentences of a business case through its stages (SOC, OBC, FBC), tranches and assurance. A case is
 * named by the title it had on the sentence's own date, not the one it was given later.
 */
final class BusinessCaseSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "BusinessCaseDrafted" -> stage(t(p, "stage")) + " " + q(t(p, "title")) + " drafted" + opt(" (tranche ", t(p, "tranche"), ")");
            case "BusinessCaseEndorsed" -> stage(t(p, "stage")) + " " + name(p, names) + " endorsed by " + t(p, "endorsedBy");
            case "BusinessCaseCirculated" -> "Business case " + name(p, names) + opt(" (tranche ", t(p, "tranche"), ")")
                    + " circulated to " + t(p, "circulatedTo") + opt(": ", t(p, "purpose"));
            case "BusinessCasePresented" -> "Business case " + name(p, names) + " presented to " + t(p, "presentedTo")
                    + opt(" (", t(p, "meeting"), ")");
            case "BusinessCaseApproved" -> stage(t(p, "stage")) + " " + name(p, names) + " approved by " + t(p, "approvedBy")
                    + opt(", under ", t(p, "decisionReference"));
            case "BusinessCaseRejected" -> "Business case " + name(p, names) + " rejected by " + t(p, "rejectedBy") + opt(": ", t(p, "reason"));
            case "BusinessCaseAdvanced" -> "Business case " + name(p, names) + " advanced from " + stage(t(p, "fromStage"))
                    + " to " + stage(t(p, "toStage"));
            case "AssuranceRecorded" -> t(p, "assurer") + " assured business case " + name(p, names) + ": "
                    + words(t(p, "conclusion")) + ", " + p.path("recommendations").asInt(0) + " recommendation"
                    + (p.path("recommendations").asInt(0) == 1 ? "" : "s") + opt(" — ", t(p, "summary"));
            case "TrancheApproved" -> stage(t(p, "stage")) + " " + name(p, names) + " tranche " + t(p, "tranche")
                    + " approved by " + t(p, "approvedBy") + opt(", under ", t(p, "decisionReference"))
                    + "; the stage as a whole is not yet decided";
            default -> null;
        };
    }

    private static String name(JsonNode p, Names names) {
        return q(names.name("case", t(p, "businessCaseId")));
    }
}
