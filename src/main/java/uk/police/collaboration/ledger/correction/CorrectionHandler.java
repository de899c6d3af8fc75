package uk.police.collaboration.ledger.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.correction.api.CorrectRecord;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.RuleViolation;

/**
 * Handles CorrectRecord outside any one aggregate: the event to correct can live in any record,
 * so the handler reads that record's stream to find it, then creates the Correction.
 */
@Component
class CorrectionHandler {

    private final EventStore eventStore;
    private final Repository<Correction> corrections;

    CorrectionHandler(EventStore eventStore, Repository<Correction> corrections) {
        this.eventStore = eventStore;
        this.corrections = corrections;
    }

    @CommandHandler
    String handle(CorrectRecord command) throws Exception {
        DomainEventStream stream = eventStore.readEvents(command.recordId());
        RuleViolation.refuseUnless(stream.hasNext(), "RECORD_NOT_FOUND",
                "No record '" + command.recordId() + "' exists in the ledger", "payload.recordId");
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getIdentifier().equals(command.eventId())) {
                RuleViolation.refuseUnless(!(event.getPayload() instanceof RecordCorrected), "EVENT_NOT_IN_RECORD",
                        "A correction cannot itself be corrected; record a new correction of the original event", "payload.eventId");
                JsonNode original = LedgerJson.mapper().valueToTree(event.getPayload());
                RecordCorrected corrected = CorrectionTarget.correct(command, event.getPayloadType().getSimpleName(), original);
                corrections.newInstance(() -> new Correction(corrected));
                return command.correctionId();
            }
        }
        throw new RuleViolation("EVENT_NOT_IN_RECORD",
                "Record '" + command.recordId() + "' holds no event '" + command.eventId() + "'", "payload.eventId");
    }
}
