package uk.police.collaboration.ledger.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.funding.api.DirectContributionRecorded;
import uk.police.collaboration.ledger.funding.api.RecordDirectContribution;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * Money one party pays alone, outside the cost-sharing model. Whether the party is a current party
 * of the programme is a fact of another record and is not checked here (see docs/architecture.md).
 */
@Aggregate
public class DirectContribution {

    @AggregateIdentifier
    private String contributionId;

    protected DirectContribution() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public DirectContribution(RecordDirectContribution command) {
        refuseUnless(command.amount().isPositive(), FundingRequest.AMOUNT_NOT_POSITIVE,
                "Contribution '%s' must be more than £0.00, not %s".formatted(command.contributionId(),
                        Pounds.of(command.amount())), "amount");
        apply(new DirectContributionRecorded(command.contributionId(), command.collaborationId(), command.partyId(),
                command.amount(), command.financialYear(), command.purpose(), command.fundingSource(),
                command.decisionReference()));
    }

    @EventSourcingHandler
    void on(DirectContributionRecorded event) {
        contributionId = event.contributionId();
    }
}
