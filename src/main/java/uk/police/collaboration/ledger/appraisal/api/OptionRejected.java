package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An option was rejected; the appraisal stays open for the others. */
@Revision("1")
public record OptionRejected(
        String appraisalId,
        String collaborationId,
        String optionId,
        String rejectedBy,
        String reason) implements AppraisalEvent {
}
