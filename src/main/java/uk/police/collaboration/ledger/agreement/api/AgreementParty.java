package uk.police.collaboration.ledger.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A party to an agreement; the agreement comes into force once every party whose signature is required has signed. */
public record AgreementParty(
        @NotBlank @Pattern(regexp = Shape.ID) String partyId,
        @NotBlank @Size(max = Shape.SHORT) String name,
        boolean signatureRequired) {
}
