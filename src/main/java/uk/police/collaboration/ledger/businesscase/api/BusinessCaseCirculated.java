package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCaseCirculated(
        String businessCaseId,
        String collaborationId,
        String tranche,
        String circulatedTo,
        String purpose) implements BusinessCaseEvent {
}
