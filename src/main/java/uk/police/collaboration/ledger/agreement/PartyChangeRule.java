package uk.police.collaboration.ledger.agreement;

import uk.police.collaboration.ledger.agreement.api.PartyChange;
import uk.police.collaboration.ledger.shared.EffectiveDay;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A party accedes to, or is removed from, an agreement in force only with the consent of every
 * party that stays in it (for an accession: every existing party; for a removal: every party but
 * the one removed). Judged on effective dates: a consent counts only if it was given on or before
 * the date of the change, whatever order the ledger learned them in.
 */
final class PartyChangeRule {

    static final String ACCESSION_CONSENT_MISSING = "ACCESSION_CONSENT_MISSING";
    static final String REMOVAL_CONSENT_MISSING = "REMOVAL_CONSENT_MISSING";

    private PartyChangeRule() {
    }

    /**
     * @param needed    the parties whose consent is required
     * @param consents  the consents given to this change, party → date of consent (null: undated)
     * @param changeOn  the date of the change (null: undated)
     */
    static void check(String agreementId, PartyChange change, String subject, Collection<String> needed,
                      Map<String, LocalDate> consents, LocalDate changeOn) {
        List<String> missing = needed.stream()
                .filter(party -> !consents.containsKey(party) || EffectiveDay.before(changeOn, consents.get(party)))
                .toList();
        boolean accession = change == PartyChange.ACCESSION;
        refuseUnless(missing.isEmpty(), accession ? ACCESSION_CONSENT_MISSING : REMOVAL_CONSENT_MISSING,
                "%s not consented%s to '%s' %s agreement '%s'; every party %s must consent first".formatted(
                        AgreementWords.partiesHave(missing), changeOn == null ? "" : " by " + changeOn, subject,
                        accession ? "acceding to" : "being removed from", agreementId,
                        accession ? "already in it" : "that remains"),
                accession ? "party" : "partyId");
    }
}
