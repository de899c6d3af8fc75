package uk.police.collaboration.ledger.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

/**
 * One party's saving in one category. The amount is never negative (every amount in a command is
 * £0.00 or more): costIncrease marks a line the paper shows as a cost rather than a saving (a
 * paper's "(90,181)" is a saving of £90,181; its "62,470" a cost increase of £62,470). financialYear
 * is null when the paper gives none; cashable says whether the saving releases money.
 */
public record SavingLine(
        @NotBlank @Pattern(regexp = Shape.ID) String partyId,
        FinancialYear financialYear,
        @NotBlank @Size(max = Shape.SHORT) String category,
        @NotNull Money amount,
        boolean cashable,
        boolean costIncrease) {
}
