package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AgreementTerminated(
        String agreementId,
        String collaborationId,
        String reason,
        String decisionReference) implements AgreementEvent {
}
