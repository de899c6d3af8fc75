package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

/** A party was removed from an agreement in force; the agreement stays in force for the others. */
@Revision("1")
public record PartyRemovedFromAgreement(String agreementId, String collaborationId, String partyId, String reason)
        implements AgreementEvent {
}
