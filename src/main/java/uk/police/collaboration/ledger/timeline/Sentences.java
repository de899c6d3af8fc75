package uk.police.collaboration.ledger.timeline;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

/** The timeline sentences of one area of the ledger (collaboration, appraisal, funding…). */
interface Sentences {

    /** The sentence for an event of this area, naming things as {@code names} has them; null for another area's event. */
    String sentence(RecordedEvent event, Names names);
}
