package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A current party leaves the collaboration (e.g. Nottinghamshire leaving EMSOU-FS: '4 + 1'). */
public record WithdrawFromCollaboration(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = 10000) String reason) {
}
