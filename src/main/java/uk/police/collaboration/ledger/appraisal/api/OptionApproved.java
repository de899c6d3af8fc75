package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An option was approved; the appraisal is settled. */
@Revision("1")
public record OptionApproved(
        String appraisalId,
        String collaborationId,
        String optionId,
        String approvedBy,
        String meeting,
        String decisionReference) implements AppraisalEvent {
}
