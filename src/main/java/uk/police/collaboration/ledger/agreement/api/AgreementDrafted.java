package uk.police.collaboration.ledger.agreement.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record AgreementDrafted(
        String agreementId,
        String collaborationId,
        AgreementKind kind,
        String title,
        List<AgreementParty> parties,
        String supersedesAgreementId,
        LocalDate signBy) implements AgreementEvent {

    public AgreementDrafted {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
