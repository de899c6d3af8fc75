package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** The collaboration was closed with its outcome. */
@Revision("1")
public record CollaborationClosed(
        String collaborationId,
        ClosureOutcome outcome,
        String reason) implements CollaborationEvent {
}
