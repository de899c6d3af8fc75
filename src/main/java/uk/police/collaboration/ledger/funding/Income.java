package uk.police.collaboration.ledger.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.funding.api.IncomeRecorded;
import uk.police.collaboration.ledger.funding.api.RecordIncome;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/** Income a programme received (course fees, a grant), kept apart from what the parties fund. */
@Aggregate
public class Income {

    @AggregateIdentifier
    private String incomeId;

    protected Income() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Income(RecordIncome command) {
        refuseUnless(command.amount().isPositive(), FundingRequest.AMOUNT_NOT_POSITIVE,
                "Income '%s' must be more than £0.00, not %s".formatted(command.incomeId(), Pounds.of(command.amount())),
                "amount");
        apply(new IncomeRecorded(command.incomeId(), command.collaborationId(), command.amount(),
                command.financialYear(), command.receivedFrom(), command.description()));
    }

    @EventSourcingHandler
    void on(IncomeRecorded event) {
        incomeId = event.incomeId();
    }
}
