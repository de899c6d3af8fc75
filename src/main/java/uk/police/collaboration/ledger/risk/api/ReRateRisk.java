package uk.police.collaboration.ledger.risk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Re-rates an open risk: a new likelihood, impact or owner (null: unchanged), effective from the
 * envelope's date, so that "as of" a date shows the rating that stood then.
 */
public record ReRateRisk(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String riskId,
        @Size(max = 200) String likelihood,
        @Size(max = 200) String impact,
        @Size(max = 200) String owner,
        @NotBlank @Size(max = 20000) String reason) {
}
