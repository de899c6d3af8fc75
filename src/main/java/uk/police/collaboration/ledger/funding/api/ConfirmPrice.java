package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

/** Confirms the price of a stated range; the date of confirmation is the envelope's effective date. */
public record ConfirmPrice(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String priceRangeId,
        @NotNull Money confirmedAmount,
        @Size(max = Shape.SHORT) String confirmedBy) {
}
