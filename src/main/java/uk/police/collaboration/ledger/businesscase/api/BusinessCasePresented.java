package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BusinessCasePresented(
        String businessCaseId,
        String collaborationId,
        String presentedTo,
        String meeting) implements BusinessCaseEvent {
}
