package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.StringJoiner;

import static uk.police.collaboration.ledger.timeline.Words.date;
import static uk.police.collaboration.ledger.timeline.Words.kind;
import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;

/** Sentences of a collaboration agreement (section 22A, statement of intent…): signing, amendment, parties, termination. */
final class AgreementSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "AgreementDrafted" -> {
                StringJoiner parties = new StringJoiner(", ");
                p.path("parties").forEach(party -> parties.add(t(party, "name")));
                yield kind(t(p, "kind")) + " " + q(t(p, "title")) + " drafted between " + parties
                        + (t(p, "signBy") != null ? "; to be signed by " + date(t(p, "signBy")) : "");
            }
            case "AgreementSigned" -> agreement(p, names) + " signed for " + names.party(t(p, "partyId"))
                    + opt(" by ", t(p, "signatory"));
            case "AgreementInForce" -> agreement(p, names) + " in force: every party required to sign has signed";
            case "AgreementAmended" -> agreement(p, names) + " amended: " + t(p, "what") + opt(" (", t(p, "why"), ")")
                    + opt(", under ", t(p, "decisionReference"));
            case "TerminationConsented" -> names.party(t(p, "partyId")) + " consented to terminating " + agreement(p, names)
                    + opt(" (", t(p, "consentedBy"), ")");
            case "AgreementTerminated" -> agreement(p, names) + " terminated" + opt(": ", t(p, "reason"))
                    + opt(", under ", t(p, "decisionReference"));
            case "PartyChangeConsented" -> names.party(t(p, "partyId")) + " consented to " + names.party(t(p, "subjectPartyId"))
                    + ("REMOVAL".equals(t(p, "change")) ? " being removed from " : " acceding to ") + agreement(p, names)
                    + opt(" (", t(p, "consentedBy"), ")");
            case "PartyAcceded" -> t(p.path("party"), "name") + " acceded to " + agreement(p, names) + opt(" by ", t(p, "deed"))
                    + opt(", signed by ", t(p, "signatory"));
            case "PartyRemovedFromAgreement" -> names.party(t(p, "partyId")) + " removed from " + agreement(p, names)
                    + opt(": ", t(p, "reason"));
            default -> null;
        };
    }

    private static String agreement(JsonNode p, Names names) {
        return q(names.name("agreement", t(p, "agreementId")));
    }
}
