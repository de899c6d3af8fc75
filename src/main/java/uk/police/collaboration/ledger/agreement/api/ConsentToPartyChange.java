package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One existing party consents to another party acceding to, or being removed from, an agreement in
 * force; the date of consent is the envelope's effective date.
 */
public record ConsentToPartyChange(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String agreementId,
        @NotNull PartyChange change,
        @NotBlank @Pattern(regexp = Shape.ID) String subjectPartyId,
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = Shape.SHORT) String consentedBy) {
}
