package uk.police.collaboration.ledger.funding;

import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.FundingTotalsStated;
import uk.police.collaboration.ledger.funding.api.StateFundingTotals;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A paper's TOTAL row, kept beside the sums of its lines. A difference is not a refusal (papers
 * round); it is recorded, so every view can flag it and say by how much.
 */
final class StatedTotals {

    static final String NO_TOTAL_STATED = "NO_TOTAL_STATED";
    static final String TOTALS_ALREADY_STATED = "TOTALS_ALREADY_STATED";
    static final String NO_BUDGET_LINES = "NO_BUDGET_LINES";

    private StatedTotals() {
    }

    static FundingTotalsStated of(String fundingRequestId, String collaborationId, List<BudgetLine> lines,
                                  boolean alreadyStated, StateFundingTotals command) {
        refuseUnless(command.currentTotal() != null || command.revisedTotal() != null || command.varianceTotal() != null,
                NO_TOTAL_STATED, "State at least one of the paper's totals (current, revised or variance)",
                "currentTotal", "revisedTotal", "varianceTotal");
        refuseUnless(!lines.isEmpty(), NO_BUDGET_LINES,
                "Funding request '%s' has no budget lines, so there are no lines for a total to stand under"
                        .formatted(fundingRequestId), "fundingRequestId");
        refuseUnless(!alreadyStated, TOTALS_ALREADY_STATED,
                "The totals of funding request '%s' have already been stated; correct them with CorrectRecord"
                        .formatted(fundingRequestId), "fundingRequestId");
        Money current = sum(lines, false);
        Money revised = sum(lines, true);
        return new FundingTotalsStated(fundingRequestId, collaborationId, command.currentTotal(),
                command.revisedTotal(), command.varianceTotal(), current, revised, revised.minus(current),
                command.note());
    }

    private static Money sum(List<BudgetLine> lines, boolean revised) {
        return lines.stream().map(line -> revised ? line.revised() : line.current()).reduce(Money.ZERO, Money::plus);
    }
}
