package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseApproved(
        String businessCaseId,
        String collaborationId,
        String approvedBy,
        String decisionReference,
        BusinessCaseStage stage) implements BusinessCaseEvent {
}
