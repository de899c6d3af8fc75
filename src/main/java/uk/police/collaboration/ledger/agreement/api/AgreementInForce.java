package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

/** The last party whose signature was required has signed: from now on the agreement binds. */
@Revision("1")
public record AgreementInForce(
        String agreementId,
        String collaborationId) implements AgreementEvent {
}
