package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

/**
 * States a price that is known only as a range (e.g. D09-2018: hosting £45,704.63 – £65,117.33 a
 * year, "prices only being confirmed in November 2018"). Not yet confirmed until {@link ConfirmPrice}.
 */
public record StatePriceRange(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Shape.ID) String priceRangeId,
        @NotBlank @Pattern(regexp = Shape.ID) String collaborationId,
        @NotBlank @Size(max = Shape.SHORT) String item,
        @NotNull Money low,
        @NotNull Money high,
        @Size(max = Shape.SHORT) String period,
        LocalDate confirmationExpectedOn,
        @Size(max = Shape.TEXT) String note) {
}
