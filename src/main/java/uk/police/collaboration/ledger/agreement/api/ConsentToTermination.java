package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a party consents to ending an agreement in force (needed from every party for Section 22A). */
public record ConsentToTermination(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = Shape.SHORT) String consentedBy) {
}
