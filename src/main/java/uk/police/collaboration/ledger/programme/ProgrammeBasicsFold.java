package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.GovernanceChangeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyView;
import uk.police.collaboration.ledger.programme.ProgrammeView.StatusView;
import uk.police.collaboration.ledger.programme.ProgrammeView.WorkstreamView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** The programme itself within one fold: registration, status, governance, parties and workstreams. */
final class ProgrammeBasicsFold {

    String collaborationId, title, scope, leadPartyId, leadOfficer, eventId;
    LocalDate registeredOn;
    StatusView status;
    final List<GovernanceChangeView> governance = new ArrayList<>();
    final Map<String, PartyView> parties = new LinkedHashMap<>();
    final Map<String, WorkstreamView> workstreams = new LinkedHashMap<>();
    /** Each party's joinings (true) and withdrawals (false) by date, in world order. */
    private final Map<String, List<Map.Entry<LocalDate, Boolean>>> membership = new LinkedHashMap<>();

    ProgrammeBasicsFold copy() {
        ProgrammeBasicsFold copy = new ProgrammeBasicsFold();
        copy.collaborationId = collaborationId;
        copy.title = title;
        copy.scope = scope;
        copy.leadPartyId = leadPartyId;
        copy.leadOfficer = leadOfficer;
        copy.eventId = eventId;
        copy.registeredOn = registeredOn;
        copy.status = status;
        copy.governance.addAll(governance);
        copy.parties.putAll(parties);
        copy.workstreams.putAll(workstreams);
        FoldCopies.lists(membership, copy.membership);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        JsonNode p = e.payload();
        LocalDate on = e.effectiveOn();
        String id = e.eventId();
        switch (e.eventType()) {
            case "CollaborationRegistered" -> {
                collaborationId = text(p, "collaborationId");
                title = text(p, "title");
                scope = text(p, "scope");
                leadPartyId = text(p, "leadPartyId");
                leadOfficer = text(p, "leadOfficer");
                registeredOn = on;
                status = new StatusView("ACTIVE", null, null, null, id);
                for (JsonNode party : p.path("parties")) {
                    joined(party, on, id);
                }
                eventId = id;
            }
            case "PartyJoined" -> joined(p.path("party"), on, id);
            case "PartyWithdrew" -> {
                parties.computeIfPresent(text(p, "partyId"), (k, old) -> new PartyView(
                        old.partyId(), old.name(), old.kind(), old.corporationSole(), false, old.joinedOn(), on,
                        text(p, "reason"), id));
                membership.computeIfAbsent(text(p, "partyId"), k -> new ArrayList<>()).add(Map.entry(on, false));
            }
            case "WorkstreamAdded" -> workstreams.put(text(p, "workstreamId"), new WorkstreamView(
                    text(p, "workstreamId"), text(p, "title"), text(p, "lead"), text(p, "parentWorkstreamId"), on,
                    List.of(), id));
            case "GovernanceChanged" -> governance.add(new GovernanceChangeView(on, text(p, "arrangement"),
                    text(p, "reason"), text(p, "standsDown"), id));
            case "CollaborationClosed" -> status = new StatusView("CLOSED", text(p, "outcome"), text(p, "reason"),
                    on, id);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether the selection held the programme's registration. */
    boolean registered() {
        return collaborationId != null;
    }

    /** Whether the party was a party on that day: its latest joining or withdrawal by then is a joining. */
    boolean partyOn(String partyId, LocalDate day) {
        boolean party = false;
        for (Map.Entry<LocalDate, Boolean> change : membership.getOrDefault(partyId, List.of())) {
            if (!change.getKey().isAfter(day)) {
                party = change.getValue();
            }
        }
        return party;
    }

    void joined(JsonNode party, LocalDate on, String id) {
        membership.computeIfAbsent(text(party, "partyId"), k -> new ArrayList<>()).add(Map.entry(on, true));
        parties.put(text(party, "partyId"), new PartyView(text(party, "partyId"), text(party, "name"),
                text(party, "kind"), party.path("corporationSole").asBoolean(false), true, on, null, null, id));
    }

    List<WorkstreamView> tree(String parent) {
        return workstreams.values().stream()
                .filter(w -> Objects.equals(w.parentWorkstreamId(), parent)
                        || (parent == null && w.parentWorkstreamId() != null && !workstreams.containsKey(w.parentWorkstreamId())))
                .map(w -> new WorkstreamView(w.workstreamId(), w.title(), w.lead(), w.parentWorkstreamId(), w.addedOn(),
                        tree(w.workstreamId()), w.eventId()))
                .toList();
    }
}
