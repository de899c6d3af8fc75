package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

/** A party acceded to an agreement in force; it is a party, and a signatory, from the accession's date. */
@Revision("1")
public record PartyAcceded(String agreementId, String collaborationId, AgreementParty party, String signatory,
                           String deed) implements AgreementEvent {
}
