package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a programme's ledger log by hand: events with both clocks, in the order given. */
public final class Events {

    public static final String PROGRAMME = "bch-public-contact";
    private final List<RecordedEvent> events = new ArrayList<>();

    /** Adds an event effective on {@code effectiveOn}, recorded at {@code recordedAt}; payload in JSON with ' for ". */
    public Events add(String type, String effectiveOn, String recordedAt, String payload) {
        long index = events.size() + 1;
        try {
            events.add(new RecordedEvent(index, "ev-" + index, "rec", index, null, type, PROGRAMME,
                    LocalDate.parse(effectiveOn), effectiveOn, Instant.parse(recordedAt), "tester", null, "cmd-" + index,
                    new Source("TEST/1", null, "Test paper", null),
                    LedgerJson.mapper().readTree(payload.replace('\'', '"'))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(payload, e);
        }
        return this;
    }

    /** Adds an event whose payload is already a JSON tree (which may hold any character). */
    public Events add(String type, String effectiveOn, String recordedAt, com.fasterxml.jackson.databind.JsonNode payload) {
        long index = events.size() + 1;
        events.add(new RecordedEvent(index, "ev-" + index, "rec", index, null, type, PROGRAMME,
                LocalDate.parse(effectiveOn), effectiveOn, Instant.parse(recordedAt), "tester", null, "cmd-" + index,
                new Source("TEST/1", null, "Test paper", null), payload));
        return this;
    }

    public String lastId() {
        return events.get(events.size() - 1).eventId();
    }

    public List<RecordedEvent> list() {
        return List.copyOf(events);
    }

    /** A programme with three parties, recorded on 2018-01-10. */
    public static Events registered() {
        return new Events().add("CollaborationRegistered", "2016-11-01", "2018-01-10T09:00:00Z",
                "{'collaborationId':'" + PROGRAMME + "','title':'Public Contact','scope':'FCRs','leadPartyId':'herts',"
                        + "'leadOfficer':'TACC','parties':[{'partyId':'herts','name':'Hertfordshire','kind':'FORCE','corporationSole':false},"
                        + "{'partyId':'beds','name':'Bedfordshire','kind':'FORCE','corporationSole':false},"
                        + "{'partyId':'cambs','name':'Cambridgeshire','kind':'FORCE','corporationSole':false}]}");
    }
}
