package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An options appraisal was opened for a collaboration (or one of its workstreams). */
@Revision("1")
public record AppraisalOpened(
        String appraisalId,
        String collaborationId,
        String title,
        String workstreamId) implements AppraisalEvent {
}
