package uk.police.collaboration.ledger.risk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a risk, saying why (it passed, it was mitigated, it was accepted, ...). */
public record CloseRisk(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String riskId,
        @NotBlank @Size(max = 20000) String reason) {
}
