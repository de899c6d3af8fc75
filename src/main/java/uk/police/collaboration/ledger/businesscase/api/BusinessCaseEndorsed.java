package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseEndorsed(
        String businessCaseId,
        String collaborationId,
        String endorsedBy,
        BusinessCaseStage stage) implements BusinessCaseEvent {
}
