package uk.police.collaboration.ledger.collaboration;

import uk.police.collaboration.ledger.collaboration.api.CostShare;
import uk.police.collaboration.ledger.shared.Percent;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static uk.police.collaboration.ledger.shared.WorldDate.on;

/**
 * A cost-sharing model shares the costs between the parties of the collaboration <em>on the date
 * from which the model applies</em> (valid time: the parties joined by then and not withdrawn by
 * then, whenever those facts were recorded). Each share names such a party, once; a party that pays
 * nothing may be left out; the shares add up to exactly 100%. Exact decimals: 99.9 is refused,
 * there is no rounding tolerance.
 */
final class CostSharesRule {

    static final String NOT_FOR_CURRENT_PARTIES = "SHARES_NOT_FOR_CURRENT_PARTIES";
    static final String NOT_100 = "SHARES_DO_NOT_SUM_TO_100";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String collaborationId;
    private final Membership membership;
    private final LocalDate appliesFrom;

    CostSharesRule(String collaborationId, Membership membership, LocalDate appliesFrom) {
        this.collaborationId = collaborationId;
        this.membership = membership;
        this.appliesFrom = appliesFrom;
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
            if (!membership.isPartyOn(partyId, appliesFrom)) {
                problems.add("party '" + partyId + "' is not a party of collaboration '" + collaborationId + "'"
                        + on(appliesFrom) + " (" + membership.whyNotOn(partyId, appliesFrom) + ")");
            }
        }
        RuleViolation.refuseUnless(problems.isEmpty(), NOT_FOR_CURRENT_PARTIES,
                "Each share of collaboration '" + collaborationId + "' must name, once, a party of it on the date the model applies from"
                        + on(appliesFrom) + ": " + String.join("; ", problems),
                "shares");

        BigDecimal total = Percent.total(shares.stream().map(CostShare::share).toList());
        RuleViolation.refuseUnless(total.compareTo(HUNDRED) == 0, NOT_100,
                "The shares of collaboration '" + collaborationId + "' must add up to exactly 100%, but they add up to "
                        + total.stripTrailingZeros().toPlainString() + "%",
                "shares");
    }
}
