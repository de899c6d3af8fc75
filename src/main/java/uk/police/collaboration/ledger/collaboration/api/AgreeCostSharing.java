package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The parties agree how the costs of the collaboration are shared. */
public record AgreeCostSharing(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 100) String modelId,
        @NotBlank @Size(max = 200) String name,
        @NotNull CostSharingBasis basis,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull CostShare> shares,
        @Size(max = 200) String decisionReference,
        LocalDate appliesFrom) {

    public AgreeCostSharing {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
