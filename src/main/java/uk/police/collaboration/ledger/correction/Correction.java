package uk.police.collaboration.ledger.correction;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A correction is a record of its own: it names the event it corrects and never changes it.
 * Created by {@link CorrectionHandler}, which first checks the target against the event store.
 */
@Aggregate
public class Correction {

    @AggregateIdentifier
    private String correctionId;

    protected Correction() {
    }

    Correction(RecordCorrected corrected) {
        apply(corrected);
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        this.correctionId = event.correctionId();
    }
}
