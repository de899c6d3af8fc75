package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An option was considered and fell at a stage of the appraisal. */
@Revision("1")
public record OptionDiscarded(String appraisalId, String collaborationId, String optionId, String title,
                              String description, AppraisalStage stage, String reason) implements AppraisalEvent {
}
