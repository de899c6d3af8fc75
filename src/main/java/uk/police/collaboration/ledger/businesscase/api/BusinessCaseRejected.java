package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseRejected(
        String businessCaseId,
        String collaborationId,
        String rejectedBy,
        String reason) implements BusinessCaseEvent {
}
