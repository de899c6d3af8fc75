package uk.police.collaboration.ledger.funding;

import uk.police.collaboration.ledger.funding.api.SavingLine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/** A set of savings names each party, year and category once, so that no saving is counted twice. */
final class SavingLinesRule {

    static final String DUPLICATE_SAVING_LINE = "DUPLICATE_SAVING_LINE";

    private SavingLinesRule() {
    }

    static void check(String savingsId, List<SavingLine> lines) {
        Set<String> seen = new HashSet<>();
        for (SavingLine line : lines) {
            String key = line.partyId() + "|" + line.financialYear() + "|" + line.category();
            refuseUnless(seen.add(key), DUPLICATE_SAVING_LINE,
                    "Savings '%s' name party '%s', category '%s'%s more than once".formatted(savingsId, line.partyId(),
                            line.category(), line.financialYear() == null ? "" : " in " + line.financialYear()),
                    "lines");
        }
    }
}
