package uk.police.collaboration.ledger.appraisal.api;

/**
 * The stages an options appraisal passes through (HM Treasury Green Book practice): every option
 * starts on the long list; some reach the short list; the short list is appraised in detail.
 */
public enum AppraisalStage {
    LONG_LIST, SHORT_LIST, DETAILED_APPRAISAL;

    /** Whether an option that fell at {@code fellAt} had reached this stage. */
    public boolean reachedBy(AppraisalStage fellAt) {
        return fellAt.ordinal() >= ordinal();
    }
}
