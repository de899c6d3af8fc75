package uk.police.collaboration.ledger.intake;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The door's index of registered programmes (table programme_directory), so that "does this
 * programme exist, and on which dates was it registered and closed?" is one indexed read rather
 * than loading the programme's event stream. Its handlers run in a subscribing processing group
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
        return jdbc.query("SELECT collaboration_id, registered_on, closed_on FROM programme_directory WHERE collaboration_id = ?",
                (rs, n) -> new ProgrammeDates(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
                collaborationId).stream().findFirst();
    }

    @EventHandler
    void on(CollaborationRegistered event, EventMessage<?> message) {
        jdbc.update("INSERT INTO programme_directory (collaboration_id, registered_on, registered_event) VALUES (?, ?, ?) "
                + "ON CONFLICT (collaboration_id) DO NOTHING", event.collaborationId(), effectiveDateOf(message), message.getIdentifier());
    }

    @EventHandler
    void on(CollaborationClosed event, EventMessage<?> message) {
        jdbc.update("UPDATE programme_directory SET closed_on = ? WHERE collaboration_id = ?", effectiveDateOf(message),
                event.collaborationId());
    }

    /** Registered from the store itself (a programme written before the directory, or by another path). */
    void remember(String collaborationId, LocalDate registeredOn, LocalDate closedOn, String eventId) {
        jdbc.update("INSERT INTO programme_directory (collaboration_id, registered_on, closed_on, registered_event) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (collaboration_id) DO NOTHING", collaborationId, registeredOn, closedOn, eventId);
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
