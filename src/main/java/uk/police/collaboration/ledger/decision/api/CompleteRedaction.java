package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Chief Executive or the Treasurer signs off that a required redaction has been carried out. */
public record CompleteRedaction(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotBlank @Size(max = 200) String redactionId,
        @NotBlank @Size(max = 200) String signedOffBy,
        @NotNull SignOffRole signedOffRole) {
}
