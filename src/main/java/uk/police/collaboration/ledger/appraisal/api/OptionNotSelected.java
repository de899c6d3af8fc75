package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An option still proposed when another was approved; it was not selected. */
@Revision("1")
public record OptionNotSelected(
        String appraisalId,
        String collaborationId,
        String optionId) implements AppraisalEvent {
}
