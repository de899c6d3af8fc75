package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record one party's signature (the date is the envelope's effectiveOn). */
public record SignAgreement(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = Shape.SHORT) String signatory) {
}
