package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A new party joins an agreement already in force by a deed of accession, signed for it by its
 * signatory, once every existing party has consented.
 */
public record AccedeToAgreement(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotNull @Valid AgreementParty party,
        @NotBlank @Size(max = Shape.SHORT) String signatory,
        @NotBlank @Size(max = Shape.TEXT) String deed) {
}
