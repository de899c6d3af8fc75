package uk.police.collaboration.ledger.intake;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.intake.ProgrammeDirectory.ProgrammeDates;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers "does this record exist, and what is it?", so that a command naming a programme that was
 * never registered is refused (404) before it reaches an aggregate. Programmes are looked up in the
 * {@link ProgrammeDirectory} (one indexed read); a programme missing there is looked for in the
 * event store itself (every record is one stream; its first event says what kind of record it is)
 * and, when found, remembered in the directory.
 */
@Component
public class RecordDirectory {

    static final String COLLABORATION_REGISTERED = "CollaborationRegistered";
    static final String COLLABORATION_CLOSED = "CollaborationClosed";

    private final EventStore eventStore;
    private final ProgrammeDirectory programmes;

    RecordDirectory(EventStore eventStore, ProgrammeDirectory programmes) {
        this.eventStore = eventStore;
        this.programmes = programmes;
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

    /** A registered programme's registration and closure dates (effective dates), if it is registered. */
    public Optional<ProgrammeDates> programme(String collaborationId) {
        Optional<ProgrammeDates> known = programmes.find(collaborationId);
        return known.isPresent() ? known : fromEventStore(collaborationId);
    }

    /** Refuses a command whose collaborationId (when it is not the command's own target) is unknown. */
    void checkReferences(Object command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals("collaborationId") && !CommandCatalogue.isTarget(component)) {
                String id = (String) read(component, command);
                if (id != null && programme(id).isEmpty()) {
                    throw new CommandRefused(404, "COLLABORATION_NOT_FOUND",
                            "No collaboration programme '" + id + "' is registered in the ledger",
                            List.of("payload.collaborationId"));
                }
            }
        }
    }

    /** The slow path, for a programme the directory does not hold: read its stream once, then remember it. */
    private Optional<ProgrammeDates> fromEventStore(String collaborationId) {
        DomainEventStream stream = eventStore.readEvents(collaborationId);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (!COLLABORATION_REGISTERED.equals(first.getPayloadType().getSimpleName())) {
            return Optional.empty();
        }
        LocalDate closedOn = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (COLLABORATION_CLOSED.equals(event.getPayloadType().getSimpleName())) {
                closedOn = ProgrammeDirectory.effectiveDateOf(event);
            }
        }
        LocalDate registeredOn = ProgrammeDirectory.effectiveDateOf(first);
        programmes.remember(collaborationId, registeredOn, closedOn, first.getIdentifier());
        return Optional.of(new ProgrammeDates(collaborationId, registeredOn, closedOn));
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
