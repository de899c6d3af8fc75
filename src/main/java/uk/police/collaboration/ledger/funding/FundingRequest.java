package uk.police.collaboration.ledger.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.funding.api.AllocateFunding;
import uk.police.collaboration.ledger.funding.api.BudgetLine;
import uk.police.collaboration.ledger.funding.api.FundingTotalsStated;
import uk.police.collaboration.ledger.funding.api.StateFundingTotals;
import uk.police.collaboration.ledger.funding.api.FundingAllocated;
import uk.police.collaboration.ledger.funding.api.FundingRequested;
import uk.police.collaboration.ledger.funding.api.RequestFunding;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A request for funding in one financial year and the allocations made against it under decisions.
 * The allocations together never exceed the amount requested.
 */
@Aggregate
public class FundingRequest {

    static final String AMOUNT_NOT_POSITIVE = "AMOUNT_NOT_POSITIVE";
    static final String DUPLICATE_ALLOCATION = "DUPLICATE_ALLOCATION";
    static final String ALLOCATION_EXCEEDS_REQUEST = "ALLOCATION_EXCEEDS_REQUEST";

    @AggregateIdentifier
    private String fundingRequestId;
    private String collaborationId;
    private Money requested;
    private FinancialYear financialYear;
    private Money allocated;
    private Set<String> allocationIds;
    private List<BudgetLine> budgetLines;
    private boolean totalsStated;

    protected FundingRequest() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public FundingRequest(RequestFunding command) {
        refuseUnless(command.amount().isPositive(), AMOUNT_NOT_POSITIVE,
                "Funding request '%s' must ask for more than £0.00, not %s".formatted(command.fundingRequestId(),
                        Pounds.of(command.amount())),
                "amount");
        BudgetReconciliation.check(command.fundingRequestId(), command.amount(), command.budgetLines());
        apply(new FundingRequested(command.fundingRequestId(), command.collaborationId(), command.amount(),
                command.financialYear(), command.purpose(), command.fundingSource(), command.budgetLines(),
                command.decisionReference()));
    }

    @CommandHandler
    public void handle(AllocateFunding command) {
        refuseUnless(command.amount().isPositive(), AMOUNT_NOT_POSITIVE,
                "Allocation '%s' must be more than £0.00, not %s".formatted(command.allocationId(),
                        Pounds.of(command.amount())),
                "amount");
        refuseUnless(!allocationIds.contains(command.allocationId()), DUPLICATE_ALLOCATION,
                "Allocation '%s' has already been made against funding request '%s'".formatted(command.allocationId(),
                        fundingRequestId),
                "allocationId");
        Money total = allocated.plus(command.amount());
        refuseUnless(total.compareTo(requested) <= 0, ALLOCATION_EXCEEDS_REQUEST,
                "Allocating %s would bring funding request '%s' to %s allocated, more than the %s requested (%s remains)"
                        .formatted(Pounds.of(command.amount()), fundingRequestId, Pounds.of(total), Pounds.of(requested),
                                Pounds.of(requested.minus(allocated))),
                "amount");
        apply(new FundingAllocated(fundingRequestId, collaborationId, command.allocationId(), command.amount(),
                financialYear, command.decisionReference()));
    }

    @CommandHandler
    public void handle(StateFundingTotals command) {
        apply(StatedTotals.of(fundingRequestId, collaborationId, budgetLines, totalsStated, command));
    }

    @EventSourcingHandler
    void on(FundingRequested event) {
        budgetLines = event.budgetLines();
        fundingRequestId = event.fundingRequestId();
        collaborationId = event.collaborationId();
        requested = event.amount();
        financialYear = event.financialYear();
        allocated = Money.ZERO;
        allocationIds = new HashSet<>();
    }

    @EventSourcingHandler
    void on(FundingAllocated event) {
        allocationIds.add(event.allocationId());
        allocated = allocated.plus(event.amount());
    }

    @EventSourcingHandler
    void on(FundingTotalsStated event) {
        totalsStated = true;
    }
}
