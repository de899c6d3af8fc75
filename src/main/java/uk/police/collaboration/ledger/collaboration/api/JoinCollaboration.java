package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A body becomes a party to the collaboration. */
public record JoinCollaboration(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @Valid @NotNull Party party) {
}
