package uk.police.collaboration.ledger.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.funding.api.RecordSavings;
import uk.police.collaboration.ledger.funding.api.SavingsRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One set of savings as a paper states it (per party, per year, cashable or not); its total is computed, the paper's kept beside it. */
@Aggregate
public class Savings {

    @AggregateIdentifier
    private String savingsId;

    protected Savings() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Savings(RecordSavings command) {
        SavingLinesRule.check(command.savingsId(), command.lines());
        apply(new SavingsRecorded(command.savingsId(), command.collaborationId(), command.title(), command.basis(),
                command.costSharingModelId(), command.lines(), command.statedTotal()));
    }

    @EventSourcingHandler
    void on(SavingsRecorded event) {
        savingsId = event.savingsId();
    }
}
