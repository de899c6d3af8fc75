package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** A proposed option was taken out of the appraisal. */
@Revision("1")
public record OptionWithdrawn(
        String appraisalId,
        String collaborationId,
        String optionId,
        String reason) implements AppraisalEvent {
}
