package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A party is removed from an agreement in force, with the consent of every party that remains. */
public record RemoveFromAgreement(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = Shape.TEXT) String reason) {
}
