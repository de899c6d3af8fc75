package uk.police.collaboration.ledger.intake;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.WorldDate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The door's index of registered programmes (table programme_directory), so that "does this
 * programme exist, and what is its life — registered and closed on which dates, as corrected?" is
 * one indexed read rather than loading the programme's event stream and every correction naming
 * it. A correction of the registration's or the closure's date (or of the registered title) moves
 * the row in the correction's own transaction, latest correction winning, exactly as the read side
 * lays corrections over the events. Its handlers run in a subscribing processing group
 * ({@value #PROCESSING_GROUP}, axon-config/processors.yml): in the unit of work, and so the
 * transaction, of the command that registers or closes the programme — never behind it.
 */
@Component
@ProcessingGroup(ProgrammeDirectory.PROCESSING_GROUP)
public class ProgrammeDirectory {

    public static final String PROCESSING_GROUP = "programme-directory";

    /** A registered programme's world dates (effective dates, from the events' envelopes). */
    public record ProgrammeDates(String collaborationId, LocalDate registeredOn, LocalDate closedOn) {
    }

    private final JdbcTemplate jdbc;

    ProgrammeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProgrammeDates> find(String collaborationId) {
        return life(collaborationId).map(l -> new ProgrammeDates(l.collaborationId(), l.registeredOn(), l.closedOn()));
    }

    /** The programme's life as the ledger knows it now, dates and title as corrected. */
    Optional<ProgrammeLife> life(String collaborationId) {
        return jdbc.query("SELECT collaboration_id, title, registered_on, closed_on FROM programme_directory WHERE collaboration_id = ?",
                (rs, n) -> new ProgrammeLife(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)),
                collaborationId).stream().findFirst();
    }

    @EventHandler
    void on(CollaborationRegistered event, EventMessage<?> message) {
        jdbc.update("INSERT INTO programme_directory (collaboration_id, title, registered_on, registered_event) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (collaboration_id) DO NOTHING", event.collaborationId(), event.title(), effectiveDateOf(message),
                message.getIdentifier());
    }

    @EventHandler
    void on(CollaborationClosed event, EventMessage<?> message) {
        jdbc.update("UPDATE programme_directory SET closed_on = ?, closed_event = ? WHERE collaboration_id = ?",
                effectiveDateOf(message), message.getIdentifier(), event.collaborationId());
    }

    /**
     * A correction of the registration's or the closure's date, or of the registered title, moves the
     * programme's life. Corrections of any other event leave it alone (the WHERE names the event).
     */
    @EventHandler
    void on(RecordCorrected correction) {
        if (correction.correctedEffectiveOn() != null) {
            LocalDate corrected = WorldDate.of(correction.correctedEffectiveOn());
            jdbc.update("UPDATE programme_directory SET registered_on = ? WHERE collaboration_id = ? AND registered_event = ?",
                    corrected, correction.recordId(), correction.eventId());
            jdbc.update("UPDATE programme_directory SET closed_on = ? WHERE collaboration_id = ? AND closed_event = ?",
                    corrected, correction.recordId(), correction.eventId());
        }
        if (correction.correctedFacts() != null && correction.correctedFacts().path("title").isTextual()) {
            jdbc.update("UPDATE programme_directory SET title = ? WHERE collaboration_id = ? AND registered_event = ?",
                    correction.correctedFacts().path("title").asText(), correction.recordId(), correction.eventId());
        }
    }

    /** Registered from the store itself (a programme written before the directory, or by another path). */
    void remember(ProgrammeLife life, String registeredEvent, String closedEvent) {
        jdbc.update("INSERT INTO programme_directory (collaboration_id, title, registered_on, closed_on, registered_event, closed_event) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (collaboration_id) DO NOTHING", life.collaborationId(), life.title(),
                life.registeredOn(), life.closedOn(), registeredEvent, closedEvent);
    }

    /** The event's effective date from its envelope; an event without one (none should exist) takes its recording day. */
    static LocalDate effectiveDateOf(EventMessage<?> message) {
        Object effectiveOn = message.getMetaData().get(EnvelopeKeys.EFFECTIVE_ON);
        if (effectiveOn == null) {
            return LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
        }
        String text = effectiveOn.toString();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
