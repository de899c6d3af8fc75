package uk.police.collaboration.ledger.businesscase;

import uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A business case moves SOC, then OBC, then FBC, one step at a time, and only once the stage it is
 * at has been approved: an outline case is not written on an unapproved strategic case.
 */
final class StageProgression {

    static final String STAGE_OUT_OF_ORDER = "STAGE_OUT_OF_ORDER";
    static final String STAGE_NOT_APPROVED = "STAGE_NOT_APPROVED";

    private StageProgression() {
    }

    static void check(String businessCaseId, BusinessCaseStage current, boolean currentApproved, BusinessCaseStage to) {
        refuseUnless(current.next().filter(to::equals).isPresent(), STAGE_OUT_OF_ORDER,
                current.next()
                        .map(next -> "Business case '%s' is at %s; it can only advance to %s, not to %s".formatted(
                                businessCaseId, current, next, to))
                        .orElse("Business case '%s' is at %s, the last stage; it cannot advance to %s".formatted(
                                businessCaseId, current, to)),
                "toStage");
        refuseUnless(currentApproved, STAGE_NOT_APPROVED,
                "Business case '%s' cannot advance to %s until its %s (%s) has been approved".formatted(
                        businessCaseId, to, current, current.title()),
                "toStage");
    }
}
