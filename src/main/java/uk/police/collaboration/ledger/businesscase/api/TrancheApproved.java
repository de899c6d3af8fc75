package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

/** One tranche of a business case was approved at a stage. */
@Revision("1")
public record TrancheApproved(String businessCaseId, String collaborationId, BusinessCaseStage stage, String tranche,
                              String approvedBy, String decisionReference) implements BusinessCaseEvent {
}
