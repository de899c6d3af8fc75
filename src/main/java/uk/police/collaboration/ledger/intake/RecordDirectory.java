package uk.police.collaboration.ledger.intake;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Answers "does this record exist, and what is it?" from the event store itself, so that a
 * command naming a programme that was never registered is refused (404) before it reaches an
 * aggregate. Every record is one stream; its first event says what kind of record it is.
 */
@Component
public class RecordDirectory {

    static final String COLLABORATION_REGISTERED = "CollaborationRegistered";

    private final EventStore eventStore;

    RecordDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The simple type name of the record's first event, if the record exists. */
    public Optional<String> kindOf(String recordId) {
        DomainEventStream stream = eventStore.readEvents(recordId);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.peek();
        String type = first.getPayloadType().getSimpleName();
        return Optional.of(type);
    }

    /** Refuses a command whose collaborationId (when it is not the command's own target) is unknown. */
    void checkReferences(Object command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals("collaborationId") && !CommandCatalogue.isTarget(component)) {
                String id = (String) read(component, command);
                if (id != null && !kindOf(id).filter(COLLABORATION_REGISTERED::equals).isPresent()) {
                    throw new CommandRefused(404, "COLLABORATION_NOT_FOUND",
                            "No collaboration programme '" + id + "' is registered in the ledger",
                            List.of("payload.collaborationId"));
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
