package uk.police.collaboration.ledger.collaboration;

import uk.police.collaboration.ledger.collaboration.api.CostShare;
import uk.police.collaboration.ledger.shared.Percent;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cost-sharing model gives exactly one share to every current party of the collaboration (none
 * to a party that has withdrawn, none to a stranger, none missing) and the shares add up to exactly
 * 100%. Exact decimals: 99.9 is refused, there is no rounding tolerance.
 */
final class CostSharesRule {

    static final String NOT_FOR_CURRENT_PARTIES = "SHARES_NOT_FOR_CURRENT_PARTIES";
    static final String NOT_100 = "SHARES_DO_NOT_SUM_TO_100";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String collaborationId;
    private final Set<String> currentParties;
    private final Set<String> withdrawnParties;

    CostSharesRule(String collaborationId, Set<String> currentParties, Set<String> withdrawnParties) {
        this.collaborationId = collaborationId;
        this.currentParties = currentParties;
        this.withdrawnParties = withdrawnParties;
    }

    void check(List<CostShare> shares) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (CostShare share : shares) {
            if (!seen.add(share.partyId())) {
                repeated.add(share.partyId());
            }
        }
        for (String partyId : repeated) {
            problems.add("party '" + partyId + "' has more than one share");
        }
        for (String partyId : seen) {
            if (withdrawnParties.contains(partyId) && !currentParties.contains(partyId)) {
                problems.add("party '" + partyId + "' has withdrawn from collaboration '" + collaborationId
                        + "' and cannot have a share");
            } else if (!currentParties.contains(partyId)) {
                problems.add("party '" + partyId + "' is not a current party of collaboration '"
                        + collaborationId + "'");
            }
        }
        List<String> missing = currentParties.stream().filter(p -> !seen.contains(p)).toList();
        if (!missing.isEmpty()) {
            problems.add("current " + (missing.size() == 1 ? "party " : "parties ")
                    + missing.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "))
                    + (missing.size() == 1 ? " has" : " have") + " no share");
        }
        RuleViolation.refuseUnless(problems.isEmpty(), NOT_FOR_CURRENT_PARTIES,
                "Each current party of collaboration '" + collaborationId + "' must have exactly one share: "
                        + String.join("; ", problems),
                "shares");

        BigDecimal total = Percent.total(shares.stream().map(CostShare::share).toList());
        RuleViolation.refuseUnless(total.compareTo(HUNDRED) == 0, NOT_100,
                "The shares of collaboration '" + collaborationId + "' must add up to exactly 100%, but they add up to "
                        + total.stripTrailingZeros().toPlainString() + "%",
                "shares");
    }
}
