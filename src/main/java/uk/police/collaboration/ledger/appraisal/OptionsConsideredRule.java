package uk.police.collaboration.ledger.appraisal;

import uk.police.collaboration.ledger.appraisal.api.AppraisalStage;

import java.util.Collection;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A stated number of options considered at a stage cannot be smaller than the options the
 * appraisal already holds as having reached that stage: every option proposed for decision reached
 * every stage; a discarded one reached the stages up to the one where it fell.
 */
final class OptionsConsideredRule {

    static final String COUNT_BELOW_RECORDED = "COUNT_BELOW_RECORDED";

    private OptionsConsideredRule() {
    }

    /** @param fellAt the stage of each option the appraisal holds (DETAILED_APPRAISAL for one proposed for decision) */
    static void check(String appraisalId, AppraisalStage stage, Integer count, Collection<AppraisalStage> fellAt) {
        if (count == null) {
            return;
        }
        long reached = fellAt.stream().filter(stage::reachedBy).count();
        refuseUnless(count >= reached, COUNT_BELOW_RECORDED,
                "Appraisal '%s' already holds %d options that reached the %s, more than the %d stated".formatted(
                        appraisalId, reached, stage.name().toLowerCase().replace('_', ' '), count),
                "count");
    }
}
