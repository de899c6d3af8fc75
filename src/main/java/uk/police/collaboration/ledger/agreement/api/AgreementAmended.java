package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AgreementAmended(
        String agreementId,
        String collaborationId,
        String what,
        String why,
        String decisionReference) implements AgreementEvent {
}
