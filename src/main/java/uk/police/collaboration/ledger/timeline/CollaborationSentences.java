package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.StringJoiner;

import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/** Sentences of the collaboration itself: its parties, workstreams, governance, progress and cost sharing. */
final class CollaborationSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        String type = event.eventType();
        JsonNode p = event.payload();
        return switch (type) {
            case "CollaborationRegistered" -> {
                StringJoiner parties = new StringJoiner(", ");
                p.path("parties").forEach(party -> parties.add(t(party, "name")));
                yield "Collaboration " + q(t(p, "title")) + " registered with " + p.path("parties").size()
                        + (p.path("parties").size() == 1 ? " party: " : " parties: ") + parties
                        + opt("; lead officer ", t(p, "leadOfficer"));
            }
            case "PartyJoined" -> t(p.path("party"), "name") + " joined the collaboration";
            case "PartyWithdrew" -> names.party(t(p, "partyId")) + " withdrew from the collaboration" + opt(": ", t(p, "reason"));
            case "WorkstreamAdded" -> "Workstream " + q(t(p, "title")) + " added"
                    + (t(p, "parentWorkstreamId") != null ? " under " + q(names.name("workstream", t(p, "parentWorkstreamId"))) : "")
                    + opt(", led by ", t(p, "lead"));
            case "GovernanceChanged" -> "Governance changed: " + t(p, "arrangement")
                    + opt("; stood down: ", t(p, "standsDown")) + opt(" (", t(p, "reason"), ")");
            case "ProgressRecorded" -> "Progress" + opt(" reported to ", t(p, "body"))
                    + (t(p, "workstreamId") != null ? " on " + q(names.name("workstream", t(p, "workstreamId"))) : "")
                    + ": " + t(p, "summary");
            case "CostSharingProposed", "CostSharingAgreed" -> "Cost-sharing model " + q(t(p, "name"))
                    + (type.equals("CostSharingAgreed") ? " agreed" : " proposed") + " (" + words(t(p, "basis")) + "): "
                    + shares(p, names) + opt(", under ", t(p, "decisionReference"));
            case "CollaborationClosed" -> "Collaboration closed (" + words(t(p, "outcome")) + ")" + opt(": ", t(p, "reason"));
            default -> null;
        };
    }

    /** "Leicestershire Police 31.5%, derbys 30%": each party's share, by the party's name where it has one. */
    private static String shares(JsonNode p, Names names) {
        StringJoiner shares = new StringJoiner(", ");
        p.path("shares").forEach(s -> shares.add(names.party(t(s, "partyId")) + " " + t(s, "share") + "%"));
        return shares.toString();
    }
}
