package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Put forward a cost-sharing model for consideration (one of several scenarios). */
public record ProposeCostSharing(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 100) String modelId,
        @NotBlank @Size(max = 200) String name,
        @NotNull CostSharingBasis basis,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull CostShare> shares,
        LocalDate appliesFrom) {

    public ProposeCostSharing {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
