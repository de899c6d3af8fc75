package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The decision maker agrees, or does not agree, the recommendations, with reasons. */
public record MakeDecision(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotNull DecisionOutcome outcome,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotBlank @Size(max = 20000) String reasons) {
}
