package uk.police.collaboration.ledger.shared;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.Map;

/** Fixture messages carrying the envelope's effective date, for rules judged on when things happened. */
public final class Dated {

    private Dated() {
    }

    /** A given event that happened on {@code day}. */
    public static EventMessage<?> on(String day, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(effective(day));
    }

    /** The metadata of a command that happened on {@code day}. */
    public static Map<String, Object> effective(String day) {
        return Map.of(EnvelopeKeys.EFFECTIVE_ON, day);
    }
}
