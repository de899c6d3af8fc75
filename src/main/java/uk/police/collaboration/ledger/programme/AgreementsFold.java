package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementPartyView;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementView;
import uk.police.collaboration.ledger.programme.ProgrammeView.AmendmentView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Agreements within one fold: drafting, signatures, coming into force, amendment and termination. */
final class AgreementsFold {

    private final Map<String, Agreement> agreements = new LinkedHashMap<>();

    AgreementsFold copy() {
        AgreementsFold copy = new AgreementsFold();
        FoldCopies.each(agreements, copy.agreements, Agreement::copy);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        switch (e.eventType()) {
            case "AgreementDrafted", "AgreementSigned", "AgreementInForce", "AgreementAmended",
                 "TerminationConsented", "AgreementTerminated", "PartyAcceded", "PartyRemovedFromAgreement" ->
                    agreements.computeIfAbsent(text(e.payload(), "agreementId"), Agreement::new)
                            .apply(e.eventType(), e.payload(), e.effectiveOn(), e.eventId());
            default -> {
                return false;
            }
        }
        return true;
    }

    List<AgreementView> views() {
        return agreements.values().stream().filter(a -> a.title != null || a.kind != null).map(Agreement::view).toList();
    }

    private static final class Agreement {
        final String agreementId;
        String title, kind, status, supersedes, terminationReason, terminationReference, eventId;
        LocalDate draftedOn, signBy, inForceSince, terminatedOn;
        final Map<String, AgreementPartyView> parties = new LinkedHashMap<>();
        final List<AmendmentView> amendments = new ArrayList<>();

        Agreement(String agreementId) {
            this.agreementId = agreementId;
        }

        Agreement copy() {
            Agreement c = new Agreement(agreementId);
            c.title = title;
            c.kind = kind;
            c.status = status;
            c.supersedes = supersedes;
            c.terminationReason = terminationReason;
            c.terminationReference = terminationReference;
            c.eventId = eventId;
            c.draftedOn = draftedOn;
            c.signBy = signBy;
            c.inForceSince = inForceSince;
            c.terminatedOn = terminatedOn;
            c.parties.putAll(parties);
            c.amendments.addAll(amendments);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "AgreementDrafted" -> {
                    title = text(p, "title");
                    kind = text(p, "kind");
                    status = "DRAFT";
                    supersedes = text(p, "supersedesAgreementId");
                    signBy = date(p, "signBy");
                    draftedOn = on;
                    for (JsonNode party : p.path("parties")) {
                        parties.put(text(party, "partyId"), new AgreementPartyView(text(party, "partyId"),
                                text(party, "name"), party.path("signatureRequired").asBoolean(true), null, null, null,
                                null, id));
                    }
                }
                case "AgreementSigned" -> parties.computeIfPresent(text(p, "partyId"), (k, o) -> new AgreementPartyView(
                        k, o.name(), o.signatureRequired(), text(p, "signatory"), on, o.consentedBy(), o.consentedOn(), id));
                case "AgreementInForce" -> {
                    status = "IN_FORCE";
                    inForceSince = on;
                }
                case "AgreementAmended" -> amendments.add(new AmendmentView(on, text(p, "what"), text(p, "why"),
                        text(p, "decisionReference"), id));
                // An accession makes the party a party, and a signatory, from its date; a removal takes it out.
                case "PartyAcceded" -> parties.put(text(p.path("party"), "partyId"), new AgreementPartyView(
                        text(p.path("party"), "partyId"), text(p.path("party"), "name"),
                        p.path("party").path("signatureRequired").asBoolean(true), text(p, "signatory"), on, null, null, id));
                case "PartyRemovedFromAgreement" -> parties.remove(text(p, "partyId"));
                case "TerminationConsented" -> parties.computeIfPresent(text(p, "partyId"), (k, o) -> new AgreementPartyView(
                        k, o.name(), o.signatureRequired(), o.signatory(), o.signedOn(), text(p, "consentedBy"), on, id));
                default -> {
                    status = "TERMINATED";
                    terminatedOn = on;
                    terminationReason = text(p, "reason");
                    terminationReference = text(p, "decisionReference");
                }
            }
        }

        AgreementView view() {
            return new AgreementView(agreementId, title, kind, !"STATEMENT_OF_INTENT".equals(kind), status, draftedOn,
                    signBy, supersedes, inForceSince, terminatedOn, terminationReason, terminationReference,
                    List.copyOf(parties.values()), List.copyOf(amendments), eventId);
        }
    }
}
