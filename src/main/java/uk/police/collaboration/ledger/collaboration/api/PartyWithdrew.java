package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** A party left the collaboration. */
@Revision("1")
public record PartyWithdrew(
        String collaborationId,
        String partyId,
        String reason) implements CollaborationEvent {
}
