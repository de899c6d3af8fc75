package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** The governance of the collaboration changed (standsDown names a body stood down, if any). */
@Revision("1")
public record GovernanceChanged(
        String collaborationId,
        String arrangement,
        String reason,
        String standsDown) implements CollaborationEvent {
}
