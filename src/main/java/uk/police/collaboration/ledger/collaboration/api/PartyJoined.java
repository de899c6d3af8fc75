package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** A body became a party to the collaboration. */
@Revision("1")
public record PartyJoined(
        String collaborationId,
        Party party) implements CollaborationEvent {
}
