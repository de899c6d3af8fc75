package uk.police.collaboration.ledger.agreement;

import uk.police.collaboration.ledger.agreement.api.AgreementKind;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A Section 22A agreement is a collaboration agreement between all its parties (Police Act 1996):
 * it ends only when every one of them has consented. Other kinds end by the decision alone.
 */
final class TerminationConsentRule {

    static final String TERMINATION_CONSENT_MISSING = "TERMINATION_CONSENT_MISSING";

    private TerminationConsentRule() {
    }

    static void check(String agreementId, AgreementKind kind, Collection<String> parties, Set<String> consented) {
        if (kind != AgreementKind.SECTION_22A) {
            return;
        }
        List<String> missing = parties.stream().filter(party -> !consented.contains(party)).toList();
        refuseUnless(missing.isEmpty(), TERMINATION_CONSENT_MISSING,
                "%s not consented to terminating %s '%s'; every party must consent first".formatted(
                        AgreementWords.partiesHave(missing), kind.label(), agreementId),
                "agreementId");
    }
}
