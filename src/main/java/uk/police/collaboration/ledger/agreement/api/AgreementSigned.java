package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AgreementSigned(
        String agreementId,
        String collaborationId,
        String partyId,
        String signatory) implements AgreementEvent {
}
