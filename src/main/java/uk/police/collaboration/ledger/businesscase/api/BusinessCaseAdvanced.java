package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseAdvanced(
        String businessCaseId,
        String collaborationId,
        BusinessCaseStage fromStage,
        BusinessCaseStage toStage,
        String title) implements BusinessCaseEvent {
}
