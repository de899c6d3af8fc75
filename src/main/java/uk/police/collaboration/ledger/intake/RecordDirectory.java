package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.intake.ProgrammeDirectory.ProgrammeDates;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.WorldDate;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers "does this record exist, what is it, and which programme is it part of?" from the event
 * store itself, so that a command naming a programme that was never registered is refused (404)
 * before it reaches an aggregate. Every record is one stream; its first event says what kind of
 * record it is. It also reads a programme's life (registration and closure dates, as corrected) for
 * {@link ProgrammeLifeRule}.
 */
@Component
public class RecordDirectory {

    /** The first fact of a record: its kind and the programme it belongs to. */
    public record FirstFact(String kind, String collaborationId) {
    }

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ProgrammeDirectory programmes;

    RecordDirectory(EventStore eventStore, JdbcTemplate jdbc, ProgrammeDirectory programmes) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.programmes = programmes;
    }

    /**
     * A registered programme's registration and closure dates (as corrected), if it is registered: one
     * indexed read of the {@link ProgrammeDirectory}.
     */
    public Optional<ProgrammeDates> programme(String collaborationId) {
        return lifeOf(collaborationId).map(l -> new ProgrammeDates(l.collaborationId(), l.registeredOn(), l.closedOn()));
    }

    /** The simple type name of the record's first event, if the record exists. */
    public Optional<String> kindOf(String recordId) {
        return firstOf(recordId).map(FirstFact::kind);
    }

    public Optional<FirstFact> firstOf(String recordId) {
        DomainEventStream stream = eventStore.readEvents(recordId);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.peek();
        JsonNode payload = LedgerJson.mapper().valueToTree(first.getPayload());
        return Optional.of(new FirstFact(first.getPayloadType().getSimpleName(), payload.path("collaborationId").asText(null)));
    }

    /**
     * A programme's registration and closure dates as the ledger knows them now, each as corrected:
     * one indexed read of the {@link ProgrammeDirectory}, which its own handlers keep in step in the
     * transactions that register, close or correct the programme.
     */
    public Optional<ProgrammeLife> lifeOf(String collaborationId) {
        Optional<ProgrammeLife> known = programmes.life(collaborationId);
        return known.isPresent() ? known : lifeFromEventStore(collaborationId);
    }

    /**
     * The slow path, for a programme the directory does not hold (written by another path): its own
     * record with the corrections recorded against its registration and closure laid over them (latest
     * wins), read once and then remembered.
     */
    private Optional<ProgrammeLife> lifeFromEventStore(String collaborationId) {
        DomainEventStream stream = eventStore.readEvents(collaborationId);
        if (!stream.hasNext() || !(stream.peek().getPayload() instanceof CollaborationRegistered)) {
            return Optional.empty();
        }
        String title = null, registrationId = null, closureId = null;
        LocalDate registeredOn = null, closedOn = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof CollaborationRegistered registered) {
                title = registered.title();
                registrationId = event.getIdentifier();
                registeredOn = dateOf(event);
            } else if (event.getPayload() instanceof CollaborationClosed) {
                closureId = event.getIdentifier();
                closedOn = dateOf(event);
            }
        }
        for (String correctionId : jdbc.queryForList(
                "SELECT correction_id FROM correction_target WHERE record_id = ? ORDER BY position", String.class,
                collaborationId)) {
            DomainEventStream correction = eventStore.readEvents(correctionId);
            if (correction.hasNext() && correction.next().getPayload() instanceof RecordCorrected c) {
                if (c.correctedEffectiveOn() != null && c.eventId().equals(registrationId)) {
                    registeredOn = WorldDate.of(c.correctedEffectiveOn());
                } else if (c.correctedEffectiveOn() != null && c.eventId().equals(closureId)) {
                    closedOn = WorldDate.of(c.correctedEffectiveOn());
                }
                if (c.eventId().equals(registrationId) && c.correctedFacts() != null && c.correctedFacts().path("title").isTextual()) {
                    title = c.correctedFacts().path("title").asText();
                }
            }
        }
        ProgrammeLife life = new ProgrammeLife(collaborationId, title, registeredOn, closedOn);
        programmes.remember(life, registrationId, closureId);
        return Optional.of(life);
    }

    /** The simple type name of the event named by its id, or else as the first one the named command recorded. */
    Optional<String> typeOfEvent(String recordId, String eventId, String commandId) {
        DomainEventStream stream = eventStore.readEvents(recordId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            boolean byId = eventId == null || eventId.isBlank() || event.getIdentifier().equals(eventId);
            boolean byCommand = commandId == null || commandId.isBlank()
                    || commandId.equals(event.getMetaData().get(EnvelopeKeys.COMMAND_ID));
            if (byId && byCommand) {
                return Optional.of(event.getPayloadType().getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** Notes which record a correction names, so that {@link #lifeOf} can find corrections of a programme's dates. */
    void noteCorrection(String correctionId, String recordId) {
        jdbc.update("INSERT INTO correction_target (correction_id, record_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                correctionId, recordId);
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

    private static LocalDate dateOf(DomainEventMessage<?> event) {
        Object effectiveOn = event.getMetaData().get(EnvelopeKeys.EFFECTIVE_ON);
        return WorldDate.of(effectiveOn == null ? null : effectiveOn.toString());
    }

    static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
