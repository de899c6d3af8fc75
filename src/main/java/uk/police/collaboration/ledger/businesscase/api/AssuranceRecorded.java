package uk.police.collaboration.ledger.businesscase.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AssuranceRecorded(
        String businessCaseId,
        String collaborationId,
        String assurer,
        AssuranceConclusion conclusion,
        int recommendations,
        String summary) implements BusinessCaseEvent {
}
