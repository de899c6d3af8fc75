package uk.police.collaboration.ledger.decision;

import java.util.Collection;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A decision may be published only once it has been made, publication has been decided, it is for
 * publication, no required redaction is still pending, and it has not already been published.
 * Checked in that order, so the refusal names the first thing still missing.
 */
final class PublicationRule {

    private PublicationRule() {
    }

    /**
     * @param forPublication null while publication has not been decided
     * @param pendingRedactionIds ids only: the redacted passages themselves are never put in a message
     */
    static void check(String reference, boolean made, Boolean forPublication,
                      Collection<String> pendingRedactionIds, boolean published) {
        refuseUnless(made, "DECISION_NOT_MADE",
                "Decision " + reference + " cannot be published before it has been made", "reference");
        refuseUnless(forPublication != null, "PUBLICATION_NOT_DECIDED",
                "Decision " + reference + " cannot be published before it has been decided whether it is for publication",
                "reference");
        refuseUnless(forPublication, "DECISION_NOT_FOR_PUBLICATION",
                "Decision " + reference + " cannot be published: it was decided that it is not for publication",
                "reference");
        refuseUnless(pendingRedactionIds.isEmpty(), "REDACTION_PENDING",
                "Decision " + reference + " cannot be published while " + describe(pendingRedactionIds) + " pending",
                "reference");
        refuseUnless(!published, "DECISION_ALREADY_PUBLISHED",
                "Decision " + reference + " has already been published", "reference");
    }

    private static String describe(Collection<String> pendingRedactionIds) {
        if (pendingRedactionIds.size() == 1) {
            return "redaction '" + pendingRedactionIds.iterator().next() + "' is";
        }
        return "redactions " + String.join(", ", pendingRedactionIds.stream().map(id -> "'" + id + "'").toList()) + " are";
    }
}
