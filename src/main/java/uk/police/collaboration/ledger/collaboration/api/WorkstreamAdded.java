package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** A workstream was added to the collaboration, possibly nested under another. */
@Revision("1")
public record WorkstreamAdded(
        String collaborationId,
        String workstreamId,
        String title,
        String parentWorkstreamId,
        String lead) implements CollaborationEvent {
}
