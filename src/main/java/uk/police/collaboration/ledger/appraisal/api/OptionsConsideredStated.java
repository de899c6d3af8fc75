package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** The number of options considered at a stage, as the paper states it (null: the paper gives no number). */
@Revision("1")
public record OptionsConsideredStated(String appraisalId, String collaborationId, AppraisalStage stage, Integer count,
                                      String description) implements AppraisalEvent {
}
