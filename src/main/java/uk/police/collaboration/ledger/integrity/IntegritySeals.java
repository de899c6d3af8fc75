package uk.police.collaboration.ledger.integrity;

import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * For the read side: an event's integrity hash (its seal's link), e.g. for each timeline line.
 * Every committed event has one: it is sealed in the transaction that appends it.
 */
@Service
public class IntegritySeals {

    private final SealStore store;

    IntegritySeals(SealStore store) {
        this.store = store;
    }

    /** The hex HMAC-SHA-256 link sealing this event into its stream's chain. */
    public Optional<String> linkOf(String eventId) {
        return store.sealOf(eventId).map(Seal::link);
    }

    /** The seal of an event as the API shows it. */
    public Optional<SealView> sealOf(String eventId) {
        return store.sealOf(eventId).map(seal -> new SealView(seal.eventId(), seal.stream(), seal.sequence(),
                seal.globalIndex(), seal.link(), seal.previousLink(), seal.keyId()));
    }

    public record SealView(String eventId, String stream, long sequence, long globalIndex, String link,
                           String previousLink, String keyId) {
    }
}
