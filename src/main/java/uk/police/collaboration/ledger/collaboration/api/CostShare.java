package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.police.collaboration.ledger.shared.Percent;

/** One party's percentage of the costs under a cost-sharing model. */
public record CostShare(
        @NotBlank @Size(max = 100) String partyId,
        @NotNull Percent share) {
}
