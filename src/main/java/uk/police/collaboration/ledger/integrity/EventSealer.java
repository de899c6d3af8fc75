package uk.police.collaboration.ledger.integrity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seals every event, in global order, into its stream's hash chain:
 * {@code link = HMAC-SHA-256(key, canonical form of the stored row + previous link of the stream)}.
 * It reads the row back from domainevententry by event id, so the seal covers exactly the bytes
 * the verifier will later read: the JDBC event store only. Under Axon Server there is no such
 * table; sealing from the EventMessage re-serialised is not implemented (see docs/integrity.md),
 * so the sealer is off in that profile.
 * <p>
 * Idempotent and replay-safe: an event already sealed is left as it is (seals are insert-only);
 * if a replay computes a different link, that is reported as tampering, never overwritten.
 */
@Component
@ProcessingGroup(EventSealer.PROCESSING_GROUP)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class EventSealer {

    static final String PROCESSING_GROUP = "integrity-seal";
    private static final Logger log = LoggerFactory.getLogger(EventSealer.class);

    private final SealStore store;
    private final IntegrityKey key;

    EventSealer(SealStore store, IntegrityKey key) {
        this.store = store;
        this.key = key;
    }

    @EventHandler
    void on(EventMessage<?> message) {
        StoredEvent event = store.event(message.getIdentifier()).orElseThrow(() -> new IllegalStateException(
                "Event " + message.getIdentifier() + " is not in domainevententry: cannot seal it"));
        seal(event);
    }

    void seal(StoredEvent event) {
        var existing = store.sealOf(event.globalIndex());
        if (existing.isPresent()) {
            String previous = existing.get().previousLink();
            if (existing.get().keyId().equals(key.id()) && !event.link(key, previous).equals(existing.get().link())) {
                log.error("INTEGRITY: event {} (stream {} sequence {}) no longer matches its seal; run the verifier",
                        event.eventId(), event.stream(), event.sequence());
            }
            return;
        }
        String previousLink = previousLink(event);
        Seal seal = Seal.of(event, previousLink, key);
        if (!store.append(seal)) {
            log.warn("Event {} was sealed concurrently; kept the first seal", event.eventId());
        }
    }

    private String previousLink(StoredEvent event) {
        if (event.sequence() == 0) {
            return StoredEvent.GENESIS_HEX;
        }
        var previous = store.seal(event.stream(), event.sequence() - 1);
        if (previous.isPresent()) {
            return previous.get().link();
        }
        // An earlier event of the stream has not been sealed yet (delivered late): seal it first.
        for (StoredEvent earlier : store.unsealedBefore(event.stream(), event.sequence())) {
            seal(earlier);
        }
        return store.seal(event.stream(), event.sequence() - 1).map(Seal::link).orElseThrow(() -> new IllegalStateException(
                "Stream " + event.stream() + " has no event at sequence " + (event.sequence() - 1)
                        + ": cannot seal sequence " + event.sequence() + " (event " + event.eventId() + ")"));
    }

    /** Seals are evidence and insert-only: a replay keeps them and re-checks each event against its seal. */
    @ResetHandler
    void reset() {
        log.info("Replaying the integrity seal: existing seals are kept and re-checked, missing ones added");
    }
}
