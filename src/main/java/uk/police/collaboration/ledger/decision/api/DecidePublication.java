package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decides whether the report is for publication; a reason is required when it is not. */
public record DecidePublication(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        boolean forPublication,
        @Size(max = 20000) String reason) {
}
