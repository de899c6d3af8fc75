package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseDrafted(
        String businessCaseId,
        String collaborationId,
        String workstreamId,
        String title,
        BusinessCaseStage stage,
        String tranche) implements BusinessCaseEvent {
}
