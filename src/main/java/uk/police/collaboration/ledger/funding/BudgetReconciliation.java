package uk.police.collaboration.ledger.funding;

import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * When a request shows the budget lines it changes, the lines must account for the amount exactly:
 * the sum over the lines of revised minus current equals the amount requested, to the penny.
 * (Essex PFCC/100/2018: £20,950k current, £21,138k revised, £188k requested.)
 */
final class BudgetReconciliation {

    static final String BUDGET_LINES_DO_NOT_RECONCILE = "BUDGET_LINES_DO_NOT_RECONCILE";

    private BudgetReconciliation() {
    }

    static Money variance(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::variance).reduce(Money.ZERO, Money::plus);
    }

    static void check(String fundingRequestId, Money amount, List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Money variance = variance(lines);
        refuseUnless(variance.compareTo(amount) == 0, BUDGET_LINES_DO_NOT_RECONCILE,
                "The budget lines of funding request '%s' add %s (revised %s minus current %s), not the %s requested"
                        .formatted(fundingRequestId, Pounds.of(variance), Pounds.of(total(lines, true)),
                                Pounds.of(total(lines, false)), Pounds.of(amount)),
                "budgetLines", "amount");
    }

    private static Money total(List<BudgetLine> lines, boolean revised) {
        return lines.stream().map(line -> revised ? line.revised() : line.current()).reduce(Money.ZERO, Money::plus);
    }
}
