package uk.police.collaboration.ledger.appraisal.api;

import org.axonframework.serialization.Revision;

/** An option was put into the appraisal; doNothing marks the 'Do Nothing' baseline. */
@Revision("1")
public record OptionProposed(
        String appraisalId,
        String collaborationId,
        String optionId,
        String title,
        String description,
        Timescale timescale,
        boolean doNothing) implements AppraisalEvent {
}
