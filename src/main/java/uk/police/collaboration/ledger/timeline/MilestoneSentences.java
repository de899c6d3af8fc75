package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import static uk.police.collaboration.ledger.timeline.Words.date;
import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;

/** Sentences of the plan: a milestone set, moved (from which date to which) and achieved. */
final class MilestoneSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "MilestoneSet" -> "Milestone " + q(t(p, "title")) + " set for " + date(t(p, "plannedOn"));
            case "MilestoneRevised" -> "Milestone " + milestone(p, names) + " moved from "
                    + date(t(p, "previousPlannedOn")) + " to " + date(t(p, "plannedOn")) + opt(": ", t(p, "reason"));
            case "MilestoneAchieved" -> "Milestone " + milestone(p, names) + " achieved" + opt(": ", t(p, "note"));
            default -> null;
        };
    }

    private static String milestone(JsonNode p, Names names) {
        return q(names.name("milestone", t(p, "milestoneId")));
    }
}
