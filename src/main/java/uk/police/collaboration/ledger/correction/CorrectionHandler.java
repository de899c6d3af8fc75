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
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.Objects;

/**
 * Handles CorrectRecord outside any one aggregate: the event to correct can live in any record,
 * so the handler reads that record's stream to find it (by its id, or as the first event the named
 * command recorded there), then creates the Correction.
 */
@Component
class CorrectionHandler {

    static final String TARGET_NOT_NAMED = "TARGET_NOT_NAMED";

    private final EventStore eventStore;
    private final Repository<Correction> corrections;

    CorrectionHandler(EventStore eventStore, Repository<Correction> corrections) {
        this.eventStore = eventStore;
        this.corrections = corrections;
    }

    @CommandHandler
    String handle(CorrectRecord command) throws Exception {
        RuleViolation.refuseUnless(present(command.eventId()) || present(command.commandId()), TARGET_NOT_NAMED,
                "A correction names the event it corrects: its eventId, or the commandId that recorded it",
                "payload.eventId", "payload.commandId");
        DomainEventStream stream = eventStore.readEvents(command.recordId());
        RuleViolation.refuseUnless(stream.hasNext(), "RECORD_NOT_FOUND",
                "No record '" + command.recordId() + "' exists in the ledger", "payload.recordId");
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (named(command, event)) {
                RuleViolation.refuseUnless(!(event.getPayload() instanceof RecordCorrected), "EVENT_NOT_IN_RECORD",
                        "A correction cannot itself be corrected; record a new correction of the original event", "payload.eventId");
                JsonNode original = LedgerJson.mapper().valueToTree(event.getPayload());
                RecordCorrected corrected = CorrectionTarget.correct(command, event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), original, event.getMetaData());
                corrections.newInstance(() -> new Correction(corrected));
                return command.correctionId();
            }
        }
        throw new RuleViolation("EVENT_NOT_IN_RECORD", "Record '" + command.recordId() + "' holds no event "
                + (present(command.eventId()) ? "'" + command.eventId() + "'" : "recorded by command '" + command.commandId() + "'")
                + (present(command.eventId()) && present(command.commandId()) ? " recorded by command '" + command.commandId() + "'" : ""),
                present(command.eventId()) ? "payload.eventId" : "payload.commandId");
    }

    /** The event named by id, or the first one recorded by the named command (both, when both are given). */
    private static boolean named(CorrectRecord command, DomainEventMessage<?> event) {
        boolean byId = !present(command.eventId()) || event.getIdentifier().equals(command.eventId());
        boolean byCommand = !present(command.commandId())
                || Objects.equals(command.commandId(), event.getMetaData().get(EnvelopeKeys.COMMAND_ID));
        return byId && byCommand;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
