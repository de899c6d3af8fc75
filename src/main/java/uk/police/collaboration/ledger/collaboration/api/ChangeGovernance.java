package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a change to how the collaboration is governed (e.g. a senior management team stood down
 * and ownership returned to forces).
 */
public record ChangeGovernance(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 10000) String arrangement,
        @NotBlank @Size(max = 10000) String reason,
        @Size(max = 200) String standsDown) {
}
