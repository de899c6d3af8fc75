package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TerminationConsented(
        String agreementId,
        String collaborationId,
        String partyId,
        String consentedBy) implements AgreementEvent {
}
