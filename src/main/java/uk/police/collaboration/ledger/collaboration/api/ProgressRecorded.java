package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

/** Progress was reported on the collaboration or one of its workstreams. */
@Revision("1")
public record ProgressRecorded(
        String collaborationId,
        String workstreamId,
        String body,
        String summary) implements CollaborationEvent {
}
