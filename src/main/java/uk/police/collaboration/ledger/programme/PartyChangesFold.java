package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.ConsentView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.PartyChangeView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Parties acceding to, or removed from, agreements already in force, with the consents given to each change. */
final class PartyChangesFold {

    private static final class Change {
        final String agreementId, change, partyId;
        String status = "PENDING", detail, eventId;
        LocalDate on;
        final List<ConsentView> consents = new ArrayList<>();

        Change(String agreementId, String change, String partyId) {
            this.agreementId = agreementId;
            this.change = change;
            this.partyId = partyId;
        }
    }

    /** Keyed agreement|change|party; a completed change closes its key, so a later change of the same party starts afresh. */
    private final Map<String, Change> open = new LinkedHashMap<>();
    private final List<Change> all = new ArrayList<>();

    /** A deep copy: each change copied once, so the open changes remain the same objects as those in the list of all. */
    PartyChangesFold copy() {
        PartyChangesFold copy = new PartyChangesFold();
        java.util.IdentityHashMap<Change, Change> copied = new java.util.IdentityHashMap<>();
        for (Change c : all) {
            Change d = new Change(c.agreementId, c.change, c.partyId);
            d.status = c.status;
            d.detail = c.detail;
            d.eventId = c.eventId;
            d.on = c.on;
            d.consents.addAll(c.consents);
            copied.put(c, d);
            copy.all.add(d);
        }
        open.forEach((key, c) -> copy.open.put(key, copied.get(c)));
        return copy;
    }

    void apply(RecordedEvent e) {
        JsonNode p = e.payload();
        String agreement = text(p, "agreementId");
        switch (e.eventType()) {
            case "PartyChangeConsented" -> {
                Change c = change(agreement, text(p, "change"), text(p, "subjectPartyId"));
                c.consents.add(new ConsentView(text(p, "partyId"), text(p, "consentedBy"), e.effectiveOn(), e.eventId()));
                c.eventId = e.eventId();
            }
            case "PartyAcceded" -> done(change(agreement, "ACCESSION", text(p.path("party"), "partyId")), e,
                    text(p, "deed") + " (signed by " + text(p, "signatory") + ")");
            case "PartyRemovedFromAgreement" -> done(change(agreement, "REMOVAL", text(p, "partyId")), e,
                    text(p, "reason"));
            default -> {
            }
        }
    }

    private Change change(String agreement, String change, String party) {
        return open.computeIfAbsent(agreement + "|" + change + "|" + party, k -> {
            Change c = new Change(agreement, change, party);
            all.add(c);
            return c;
        });
    }

    private void done(Change c, RecordedEvent e, String detail) {
        c.status = "DONE";
        c.on = e.effectiveOn();
        c.detail = detail;
        c.eventId = e.eventId();
        open.remove(c.agreementId + "|" + c.change + "|" + c.partyId);
    }

    List<PartyChangeView> views(Function<String, String> partyName) {
        return all.stream().map(c -> new PartyChangeView(c.agreementId, c.change, c.partyId, partyName.apply(c.partyId),
                c.status, c.on, c.detail, List.copyOf(c.consents), c.eventId)).toList();
    }
}
