package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Facts the ledger derives from others take their date from them, as known and corrected: an
 * agreement is in force from the latest effective date among its required parties' signatures (the
 * last signature in the world, not the last one recorded). {@code AgreementInForce} is recorded when
 * the last required signature is recorded; here it is dated where it belongs, so that as-of views,
 * the registers and the timeline (where it sits after the signature that completed the agreement)
 * all agree.
 */
final class DerivedDates {

    private DerivedDates() {
    }

    static List<RecordedEvent> apply(List<RecordedEvent> facts) {
        Map<String, Set<String>> required = new HashMap<>();
        Map<String, Map<String, RecordedEvent>> signatures = new HashMap<>();
        for (RecordedEvent e : facts) {
            String agreementId = text(e.payload(), "agreementId");
            if ("AgreementDrafted".equals(e.eventType())) {
                Set<String> parties = new HashSet<>();
                for (JsonNode party : e.payload().path("parties")) {
                    if (party.path("signatureRequired").asBoolean(true)) {
                        parties.add(text(party, "partyId"));
                    }
                }
                required.put(agreementId, parties);
            } else if ("AgreementSigned".equals(e.eventType())) {
                signatures.computeIfAbsent(agreementId, id -> new HashMap<>()).putIfAbsent(text(e.payload(), "partyId"), e);
            }
        }
        List<RecordedEvent> dated = new ArrayList<>(facts.size());
        for (RecordedEvent e : facts) {
            dated.add("AgreementInForce".equals(e.eventType()) ? inForce(e, required, signatures) : e);
        }
        return dated;
    }

    private static RecordedEvent inForce(RecordedEvent e, Map<String, Set<String>> required,
                                         Map<String, Map<String, RecordedEvent>> signatures) {
        String agreementId = text(e.payload(), "agreementId");
        Set<String> parties = required.get(agreementId);
        Map<String, RecordedEvent> signed = signatures.getOrDefault(agreementId, Map.of());
        if (parties == null || parties.isEmpty() || !signed.keySet().containsAll(parties)) {
            return e;
        }
        RecordedEvent last = parties.stream().map(signed::get).max(AsOf.WORLD_ORDER).orElseThrow();
        return e.withFacts(e.payload(), last.effectiveOn(), last.effectiveText(), e.source());
    }
}
