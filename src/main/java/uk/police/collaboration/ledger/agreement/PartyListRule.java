package uk.police.collaboration.ledger.agreement;

import uk.police.collaboration.ledger.agreement.api.AgreementParty;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A drafted agreement names each party once, and at least one party must be required to sign:
 * otherwise nothing could ever bring it into force.
 */
final class PartyListRule {

    static final String DUPLICATE_PARTY = "DUPLICATE_PARTY";
    static final String NO_SIGNATURE_REQUIRED = "NO_SIGNATURE_REQUIRED";

    private PartyListRule() {
    }

    static void check(String agreementId, List<AgreementParty> parties) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (AgreementParty party : parties) {
            if (!seen.add(party.partyId())) {
                repeated.add(party.partyId());
            }
        }
        refuseUnless(repeated.isEmpty(), DUPLICATE_PARTY,
                "Agreement '%s' names %s more than once; each party appears once".formatted(
                        agreementId, AgreementWords.quoted(repeated)),
                "parties");
        refuseUnless(parties.stream().anyMatch(AgreementParty::signatureRequired), NO_SIGNATURE_REQUIRED,
                "Agreement '%s' requires no party's signature, so it could never come into force; mark at least one party signatureRequired"
                        .formatted(agreementId),
                "parties");
    }
}
