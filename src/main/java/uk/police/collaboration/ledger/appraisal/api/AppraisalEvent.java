package uk.police.collaboration.ledger.appraisal.api;

/** Every fact recorded on the stream of one options appraisal. */
public sealed interface AppraisalEvent permits OptionDiscarded, OptionsConsideredStated, AppraisalOpened, OptionProposed, OptionWithdrawn, OptionApproved,
        OptionNotSelected, OptionRejected {

    String appraisalId();

    String collaborationId();
}
