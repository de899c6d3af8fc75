package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

/** A party consented to another party acceding to, or being removed from, the agreement. */
@Revision("1")
public record PartyChangeConsented(String agreementId, String collaborationId, PartyChange change,
                                   String subjectPartyId, String partyId, String consentedBy)
        implements AgreementEvent {
}
