package uk.police.collaboration.ledger.risk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raises a risk to a programme, optionally with its label in the paper's register (e.g. "c"),
 * likelihood and impact as the paper rates them (e.g. "High"), and an owner.
 */
public record RaiseRisk(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String riskId,
        @NotBlank @Size(max = 200) String collaborationId,
        @Size(max = 200) String label,
        @NotBlank @Size(max = 20000) String description,
        @Size(max = 200) String likelihood,
        @Size(max = 200) String impact,
        @Size(max = 200) String owner) {
}
