package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.MalformedValue;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A correction's facts are held to the same input rules as the command that first recorded them:
 * the corrected event (the original with the facts put in) must read as its event type, so that an
 * amount written "1e400" or an id holding "../" cannot enter the ledger by way of a correction and
 * stop the read side that folds it. Recognised by shape, not by type: a command with a
 * {@code recordId}, a JSON {@code correctedFacts}, and an {@code eventId} or a {@code commandId}
 * naming the event. Whether the facts may be corrected at all (field names, identity fields) stays
 * the correction's own rule; an event that cannot be found is left to it as well.
 */
@Component
class CorrectedFactsRule {

    private static final String FIELD = "payload.correctedFacts";
    private final EventStore eventStore;
    private final ObjectMapper mapper = LedgerJson.mapper();

    CorrectedFactsRule(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    void check(Object command) {
        if (!command.getClass().isRecord() || !(component(command, "correctedFacts") instanceof ObjectNode facts)
                || !(component(command, "recordId") instanceof String recordId)) {
            return;
        }
        DomainEventMessage<?> original = find(recordId, component(command, "eventId"), component(command, "commandId"));
        if (original == null) {
            return;
        }
        ObjectNode corrected = mapper.valueToTree(original.getPayload());
        for (Iterator<Map.Entry<String, JsonNode>> entries = facts.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> fact = entries.next();
            if (corrected.has(fact.getKey())) {
                corrected.set(fact.getKey(), fact.getValue());
            }
        }
        Object event;
        try {
            event = mapper.treeToValue(corrected, original.getPayloadType());
        } catch (JsonMappingException e) {
            String field = FIELD + e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining());
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof MalformedValue malformed) {
                    throw new CommandRefused(400, malformed.code(), field + ": " + malformed.rule(), List.of(field));
                }
            }
            throw new CommandRefused(400, "MALFORMED_COMMAND", field + " is not valid for " + original.getPayloadType().getSimpleName(),
                    List.of(field));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new CommandRefused(400, "MALFORMED_COMMAND", FIELD + " is not valid for " + original.getPayloadType().getSimpleName(),
                    List.of(FIELD));
        }
        // Only the corrected fields: an old event whose other values predate today's rules stays correctable.
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (facts.has(component.getName())) {
                InputRules.checkField(component.getName(), component(event, component.getName()), FIELD + "." + component.getName());
            }
        }
    }

    private DomainEventMessage<?> find(String recordId, Object eventId, Object commandId) {
        if (eventId == null && commandId == null) {
            return null;
        }
        DomainEventStream stream = eventStore.readEvents(recordId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (eventId != null ? event.getIdentifier().equals(eventId)
                    : commandId.equals(event.getMetaData().get(EnvelopeKeys.COMMAND_ID))) {
                return event;
            }
        }
        return null;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
