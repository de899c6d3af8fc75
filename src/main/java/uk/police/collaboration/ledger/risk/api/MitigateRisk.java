package uk.police.collaboration.ledger.risk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what is being done to reduce an open risk. */
public record MitigateRisk(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String riskId,
        @NotBlank @Size(max = 20000) String mitigation) {
}
